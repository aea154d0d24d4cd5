using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SisterCities.Cms.Forms.Rendering;

/// <summary>
/// <c>&lt;sc-form model="@formViewModel" /&gt;</c> in a theme's view draws the form with <see cref="FormHtmlWriter"/>
/// (register with <c>@addTagHelper *, SisterCities.Cms</c>).
/// </summary>
[HtmlTargetElement("sc-form", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormTagHelper : TagHelper
{
    public required FormViewModel Model { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // The writer encodes every text it writes, so its output is safe to emit as HTML.
        output.TagName = null;
        output.Content.SetHtmlContent(FormHtmlWriter.Render(Model));
    }
}
