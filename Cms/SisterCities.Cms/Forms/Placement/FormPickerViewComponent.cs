using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Placement;

/// <summary>
/// The content editor's input for a <c>form</c> property: a drop-down of the forms the page's site may show
/// (its own and the network's). A stored key of a form that no longer exists stays selectable so a save never drops it silently.
/// </summary>
public sealed class FormPickerViewComponent(CmsDbContext db) : ViewComponent
{
    private static readonly HtmlEncoder E = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public async Task<IViewComponentResult> InvokeAsync(string id, string name, string? value, int siteId)
    {
        var forms = await db.Set<FormDefinition>().AsNoTracking().Where(f => f.SiteId == siteId || f.SiteId == null)
            .OrderBy(f => f.SiteId == null).ThenBy(f => f.Name).Select(f => new { f.Key, f.Name, Network = f.SiteId == null })
            .ToListAsync(HttpContext.RequestAborted);
        var html = new StringBuilder($"<select id=\"{E.Encode(id)}\" name=\"{E.Encode(name)}\"><option value=\"\">No form</option>");
        foreach (var form in forms)
        {
            var key = form.Key.ToString();
            html.Append($"<option value=\"{key}\"{(string.Equals(key, value, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{E.Encode(form.Name)}{(form.Network ? " (network)" : "")}</option>");
        }

        if (!string.IsNullOrEmpty(value) && !forms.Any(f => string.Equals(f.Key.ToString(), value, StringComparison.OrdinalIgnoreCase)))
        {
            html.Append($"<option value=\"{E.Encode(value)}\" selected>Unknown form {E.Encode(value)}</option>");
        }

        return new HtmlContentViewComponentResult(new HtmlString(html.Append("</select>").ToString()));
    }
}
