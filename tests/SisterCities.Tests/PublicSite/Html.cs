using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SisterCities.Tests.PublicSite;

/// <summary>Parses a response body as HTML so tests assert on elements, not substrings.</summary>
public static class Html
{
    public static async Task<IDocument> ReadAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static string? Attr(this IDocument document, string selector, string attribute) =>
        document.QuerySelector(selector)?.GetAttribute(attribute);

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
}
