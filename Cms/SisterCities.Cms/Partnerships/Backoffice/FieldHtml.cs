using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// One labelled form field with its hint and errors, for the partnership screens: the label is tied to the input,
/// hints and errors are referenced by <c>aria-describedby</c>, an erroneous input has <c>aria-invalid</c>, and the
/// ids (<c>f-name</c>) are the ones the error summary links to. Everything typed is HTML-encoded.
/// </summary>
public static class FieldHtml
{
    public static IHtmlContent Input(EditForm form, string name, string label, string type = "text", bool required = false, string? hint = null, int maxLength = 200) =>
        Field(form, name, label, hint, describedBy =>
            $"<input id=\"f-{E(name)}\" name=\"{E(name)}\" type=\"{E(type)}\" value=\"{E(form.Value(name))}\"{(type is "text" or "email" or "url" or "search" ? $" maxlength=\"{maxLength}\"" : "")}{(required ? " required" : "")}{describedBy}>");

    public static IHtmlContent TextArea(EditForm form, string name, string label, int rows = 4, string? hint = null, int maxLength = 20_000) =>
        Field(form, name, label, hint, describedBy =>
            $"<textarea id=\"f-{E(name)}\" name=\"{E(name)}\" rows=\"{rows}\" maxlength=\"{maxLength}\"{describedBy}>{E(form.Value(name))}</textarea>");

    public static IHtmlContent Select(EditForm form, string name, string label, IEnumerable<(string Value, string Text)> options, bool required = false, bool multiple = false, string? hint = null, string? empty = "—")
    {
        var chosen = form.All(name).ToHashSet(StringComparer.Ordinal);
        var html = new StringBuilder();
        if (!multiple && empty is not null)
        {
            html.Append("<option value=\"\">").Append(E(empty)).Append("</option>");
        }

        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(E(value)).Append('"').Append(chosen.Contains(value) ? " selected" : "").Append('>').Append(E(text)).Append("</option>");
        }

        return Field(form, name, label, hint, describedBy =>
            $"<select id=\"f-{E(name)}\" name=\"{E(name)}\"{(multiple ? " multiple size=\"6\"" : "")}{(required ? " required" : "")}{describedBy}>{html}</select>");
    }

    /// <summary>Checkboxes in a fieldset (no JavaScript multi-select needed); the fieldset carries the id errors link to.</summary>
    public static IHtmlContent Checkboxes(EditForm form, string name, string legend, IEnumerable<(string Value, string Text)> options)
    {
        var chosen = form.All(name).ToHashSet(StringComparer.Ordinal);
        var errors = form.Errors.GetValueOrDefault(name);
        var html = new StringBuilder($"<fieldset id=\"f-{E(name)}\" class=\"field\"{(errors is null ? "" : $" aria-describedby=\"e-{E(name)}\"")}><legend>{E(legend)}</legend>");
        AppendErrors(html, name, errors);
        var i = 0;
        foreach (var (value, text) in options)
        {
            var id = $"f-{name}-{i++}";
            html.Append($"<p><input type=\"checkbox\" id=\"{E(id)}\" name=\"{E(name)}\" value=\"{E(value)}\"{(chosen.Contains(value) ? " checked" : "")}><label for=\"{E(id)}\" class=\"inline-label\">{E(text)}</label></p>");
        }

        return new HtmlString(html.Append("</fieldset>").ToString());
    }

    public static IHtmlContent Checkbox(EditForm form, string name, string label) =>
        new HtmlString($"<p class=\"field\"><input type=\"checkbox\" id=\"f-{E(name)}\" name=\"{E(name)}\" value=\"true\"{(form.Flag(name) ? " checked" : "")}><label for=\"f-{E(name)}\" class=\"inline-label\">{E(label)}</label></p>");

    private static HtmlString Field(EditForm form, string name, string label, string? hint, Func<string, string> control)
    {
        var errors = form.Errors.GetValueOrDefault(name);
        var ids = new List<string>();
        if (hint is not null)
        {
            ids.Add($"h-{name}");
        }

        if (errors is not null)
        {
            ids.Add($"e-{name}");
        }

        var describedBy = (ids.Count > 0 ? $" aria-describedby=\"{E(string.Join(' ', ids))}\"" : "") + (errors is null ? "" : " aria-invalid=\"true\"");
        var html = new StringBuilder($"<div class=\"field\"><label for=\"f-{E(name)}\">{E(label)}</label>");
        if (hint is not null)
        {
            html.Append($"<p class=\"hint\" id=\"h-{E(name)}\">{E(hint)}</p>");
        }

        AppendErrors(html, name, errors);
        return new HtmlString(html.Append(control(describedBy)).Append("</div>").ToString());
    }

    private static void AppendErrors(StringBuilder html, string name, string[]? errors)
    {
        if (errors is not null)
        {
            html.Append($"<p class=\"field-error\" id=\"e-{E(name)}\">").Append(E(string.Join(" ", errors))).Append("</p>");
        }
    }

    private static string E(string value) => HtmlEncoder.Default.Encode(value);
}
