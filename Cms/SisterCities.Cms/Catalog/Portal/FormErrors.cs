using Microsoft.AspNetCore.Html;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Field errors of a posted form, keyed as the catalog services name them (<c>texts.uk.description</c>,
/// <c>certifications[2]</c>). <see cref="FieldId"/> turns a key into the id of the input it belongs to, so the
/// error summary links to the field and the field points at its message with aria-describedby.
/// </summary>
public sealed class FormErrors
{
    public static readonly FormErrors None = new(new Dictionary<string, string[]>());

    public FormErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        All = errors;
    }

    public IReadOnlyDictionary<string, string[]> All { get; }

    public bool Any => All.Count > 0;

    public static string FieldId(string key)
    {
        var bracket = key.IndexOf('[', StringComparison.Ordinal);
        var trimmed = bracket >= 0 ? key[..bracket] : key;
        return "f-" + trimmed.Replace('.', '-');
    }

    /// <summary>Messages for one input: its own key and any indexed key below it (<c>certifications[0]</c>).</summary>
    public IReadOnlyList<string> For(string key) =>
        All.Where(p => p.Key == key || p.Key.StartsWith(key + "[", StringComparison.Ordinal)).SelectMany(p => p.Value).ToList();

    public IHtmlContent Message(string key)
    {
        var messages = For(key);
        var html = new HtmlContentBuilder();
        if (messages.Count > 0)
        {
            html.AppendHtml($"<p class=\"field-error\" id=\"{FieldId(key)}-error\">");
            html.Append(string.Join(" ", messages));
            html.AppendHtml("</p>");
        }

        return html;
    }

    public string DescribedBy(string key) => For(key).Count > 0 ? FieldId(key) + "-error" : "";
}
