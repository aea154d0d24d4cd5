using Microsoft.AspNetCore.Html;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>Labelled inputs with their error message and aria attributes, so every portal form field is accessible the same way.</summary>
public static class PortalForm
{
    public static IHtmlContent Input(FormErrors errors, string key, string name, string label, string? value, string type = "text", bool required = false, string? hint = null, string? autocomplete = null)
    {
        var id = FormErrors.FieldId(key);
        var html = Start(errors, key, id, label, hint);
        html.AppendHtml($"<input id=\"{id}\" name=\"{name}\" type=\"{type}\"");
        if (type != "password" && type != "file")
        {
            html.AppendHtml(" value=\"").Append(value ?? "").AppendHtml("\"");
        }

        return End(errors, key, id, html, required, autocomplete, "", hint);
    }

    public static IHtmlContent TextArea(FormErrors errors, string key, string name, string label, string? value, int rows = 5, string? hint = null)
    {
        var id = FormErrors.FieldId(key);
        var html = Start(errors, key, id, label, hint);
        html.AppendHtml($"<textarea id=\"{id}\" name=\"{name}\" rows=\"{rows}\"");
        End(errors, key, id, html, false, null, null, hint);
        html.AppendHtml(">").Append(value ?? "").AppendHtml("</textarea></p>");
        return html;
    }

    public static IHtmlContent Select(FormErrors errors, string key, string name, string label, string? value, IEnumerable<(string Value, string Text)> options, string? hint = null)
    {
        var id = FormErrors.FieldId(key);
        var html = Start(errors, key, id, label, hint);
        html.AppendHtml($"<select id=\"{id}\" name=\"{name}\"");
        End(errors, key, id, html, false, null, null, hint);
        html.AppendHtml(">");
        foreach (var (optionValue, text) in options)
        {
            html.AppendHtml("<option value=\"").Append(optionValue).AppendHtml(optionValue == value ? "\" selected>" : "\">").Append(text).AppendHtml("</option>");
        }

        html.AppendHtml("</select></p>");
        return html;
    }

    public static IHtmlContent Checkbox(string id, string name, string label, bool isChecked)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<p class=\"check\"><input id=\"{id}\" name=\"{name}\" type=\"checkbox\" value=\"true\"{(isChecked ? " checked" : "")}>");
        html.AppendHtml($"<label for=\"{id}\">").Append(label).AppendHtml("</label></p>");
        return html;
    }

    private static HtmlContentBuilder Start(FormErrors errors, string key, string id, string label, string? hint)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml(errors.For(key).Count > 0 ? "<p class=\"field has-error\">" : "<p class=\"field\">");
        html.AppendHtml($"<label for=\"{id}\">").Append(label).AppendHtml("</label>");
        if (hint is not null)
        {
            html.AppendHtml($"<span class=\"hint\" id=\"{id}-hint\">").Append(hint).AppendHtml("</span>");
        }

        html.AppendHtml(errors.Message(key));
        return html;
    }

    /// <summary>Closes the opening tag's attributes; for an input also the tag and the paragraph (<paramref name="close"/> not null).</summary>
    private static IHtmlContent End(FormErrors errors, string key, string id, HtmlContentBuilder html, bool required, string? autocomplete, string? close, string? hint)
    {
        var describedBy = string.Join(' ', new[] { errors.DescribedBy(key), hint is not null ? id + "-hint" : "" }.Where(s => s.Length > 0));
        if (describedBy.Length > 0)
        {
            html.AppendHtml($" aria-describedby=\"{describedBy}\"");
        }

        if (errors.For(key).Count > 0)
        {
            html.AppendHtml(" aria-invalid=\"true\"");
        }

        if (required)
        {
            html.AppendHtml(" required");
        }

        if (autocomplete is not null)
        {
            html.AppendHtml($" autocomplete=\"{autocomplete}\"");
        }

        if (close is not null)
        {
            html.AppendHtml("></p>");
        }

        return html;
    }
}
