using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Catalog.Api;

/// <summary>
/// Picks the language of an API answer from <c>Accept-Language</c> (the architecture's rule for APIs) and a text
/// from a per-culture dictionary: the asked culture, else Ukrainian, else English, else whatever exists.
/// </summary>
public static class CatalogCulture
{
    public const string Default = "uk";

    public static string FromRequest(HttpRequest request) => Preferred(request, CatalogText.IsCulture) ?? Default;

    /// <summary>
    /// The primary language (<c>en</c> of <c>en-GB</c>) of the most wanted <c>Accept-Language</c> entry that
    /// <paramref name="accepts"/>, or null. Follows RFC 9110 §12.4.2: q=0 means "not acceptable", a higher q wins, and
    /// entries of equal q keep the order the client sent them in (a missing q is 1).
    /// </summary>
    public static string? Preferred(HttpRequest request, Func<string, bool> accepts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(accepts);
        return request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1) // a stable sort: ties keep the header's order
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(language => language is not null && accepts(language));
    }

    public static (string Culture, T? Text) Pick<T>(IReadOnlyDictionary<string, T> texts, string culture) where T : class
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var candidate in new[] { culture, "uk", "en" })
        {
            if (texts.TryGetValue(candidate, out var text))
            {
                return (candidate, text);
            }
        }

        var first = texts.OrderBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault();
        return (first.Key ?? culture, first.Value);
    }
}
