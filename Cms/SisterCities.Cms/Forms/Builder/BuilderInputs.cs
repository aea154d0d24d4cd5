using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>
/// Labelled inputs for the builder's views: each with its label, optional hint and error tied by
/// <c>aria-describedby</c>. Every text is HTML-encoded.
/// </summary>
public static class BuilderInputs
{
    private static readonly HtmlEncoder E = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Text(FormEditModel m, string id, string name, string label, string? value, string? hint = null, string type = "text", int maxLength = 2000)
    {
        var html = Start(m, id, label, hint);
        html.Append($"<input id=\"{E.Encode(id)}\" name=\"{E.Encode(name)}\" type=\"{type}\" value=\"{E.Encode(value ?? "")}\" maxlength=\"{maxLength}\"{Aria(m, id, hint)}>");
        return End(html);
    }

    public static IHtmlContent Area(FormEditModel m, string id, string name, string label, string? value, string? hint = null, int rows = 3)
    {
        var html = Start(m, id, label, hint);
        html.Append($"<textarea id=\"{E.Encode(id)}\" name=\"{E.Encode(name)}\" rows=\"{rows}\"{Aria(m, id, hint)}>{E.Encode(value ?? "")}</textarea>");
        return End(html);
    }

    /// <summary>The Ukrainian and English inputs of one text, side by side.</summary>
    public static IHtmlContent Pair(FormEditModel m, string id, string name, string label, string? uk, string? en, string? hint = null, bool area = false)
    {
        var html = new StringBuilder("<div class=\"pair\">");
        foreach (var (culture, value, language) in new[] { ("Uk", uk, "Ukrainian"), ("En", en, "English") })
        {
            var content = area
                ? Area(m, $"{id}-{culture.ToLowerInvariant()}", name + culture, $"{label} ({language})", value, culture == "Uk" ? hint : null)
                : Text(m, $"{id}-{culture.ToLowerInvariant()}", name + culture, $"{label} ({language})", value, culture == "Uk" ? hint : null);
            using var writer = new StringWriter();
            content.WriteTo(writer, HtmlEncoder.Default);
            html.Append(writer);
        }

        return new HtmlString(html.Append("</div>").ToString());
    }

    public static IHtmlContent Select(FormEditModel m, string id, string name, string label, string? value, IEnumerable<(string Value, string Text)> options, string? hint = null)
    {
        var html = Start(m, id, label, hint);
        html.Append($"<select id=\"{E.Encode(id)}\" name=\"{E.Encode(name)}\"{Aria(m, id, hint)}>");
        foreach (var (v, t) in options)
        {
            html.Append($"<option value=\"{E.Encode(v)}\"{(v == value ? " selected" : "")}>{E.Encode(t)}</option>");
        }

        html.Append("</select>");
        return End(html);
    }

    /// <summary>A checkbox with a hidden <c>false</c> before it, so an unticked box still posts a value.</summary>
    public static IHtmlContent Check(FormEditModel m, string id, string name, string label, bool value)
    {
        var html = new StringBuilder("<div class=\"field\">");
        html.Append($"<input type=\"checkbox\" id=\"{E.Encode(id)}\" name=\"{E.Encode(name)}\" value=\"true\"{(value ? " checked" : "")}{Aria(m, id, null)}>")
            .Append($"<input type=\"hidden\" name=\"{E.Encode(name)}\" value=\"false\">")
            .Append($"<label for=\"{E.Encode(id)}\" class=\"inline-label\">{E.Encode(label)}</label>");
        if (m.Error(id) is { } error)
        {
            html.Append($"<p class=\"field-error\" id=\"e-{E.Encode(id)}\">{E.Encode(error)}</p>");
        }

        return new HtmlString(html.Append("</div>").ToString());
    }

    private static StringBuilder Start(FormEditModel m, string id, string label, string? hint)
    {
        var html = new StringBuilder("<div class=\"field\">");
        html.Append($"<label for=\"{E.Encode(id)}\">{E.Encode(label)}</label>");
        if (hint is not null)
        {
            html.Append($"<p class=\"hint\" id=\"h-{E.Encode(id)}\">{E.Encode(hint)}</p>");
        }

        if (m.Error(id) is { } error)
        {
            html.Append($"<p class=\"field-error\" id=\"e-{E.Encode(id)}\">{E.Encode(error)}</p>");
        }

        return html;
    }

    private static string Aria(FormEditModel m, string id, string? hint)
    {
        var describedBy = m.DescribedBy(id, hint is not null);
        return (describedBy is null ? "" : $" aria-describedby=\"{E.Encode(describedBy)}\"") + (m.Error(id) is null ? "" : " aria-invalid=\"true\"");
    }

    private static HtmlString End(StringBuilder html) => new(html.Append("</div>").ToString());
}
