using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Rendering;
using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Forms.Placement;

/// <summary>
/// Draws the form a content page names in its <c>form</c> property (themes: <c>&lt;partial name="/Views/Shared/Forms/_PlacedForm.cshtml" model="Model" /&gt;</c>).
/// A form that does not exist or belongs to another site draws nothing. After a POST the handler's result is drawn instead.
/// </summary>
public sealed class PlacedFormViewComponent(FormDefinitionReader reader, FormViewModelFactory views) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContentPageModel page)
    {
        if (page.Values.Text(PlacedForms.PropertyAlias) is not { } text || !Guid.TryParse(text, out var key))
        {
            return Empty();
        }

        string html;
        if (HttpContext.Features.Get<PlacedFormResult>() is { } posted && posted.FormKey == key)
        {
            html = posted.Html;
        }
        else
        {
            var form = await reader.FindAsync(key, null, HttpContext.RequestAborted);
            if (form is null || !FormDefinitionReader.ServesSite(form.Form, page.Site?.Id))
            {
                return Empty();
            }

            var state = views.NewState(form, page.Culture) with { ReturnPath = HttpContext.Request.Path.Value };
            html = FormHtmlWriter.Render(views.Create(HttpContext, form, state));
        }

        // The writer (and the POST handler's message) encode everything they write.
        return new HtmlContentViewComponentResult(new HtmlString($"<section class=\"sc-placed-form\" id=\"{PlacedForms.AnchorId}\" tabindex=\"-1\">{html}</section>"));
    }

    private static HtmlContentViewComponentResult Empty() => new(HtmlString.Empty);
}
