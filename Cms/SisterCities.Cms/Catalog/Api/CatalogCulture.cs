using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Catalog.Api;

/// <summary>
/// Picks the language of an API answer from <c>Accept-Language</c> (the architecture's rule for APIs) and a text
/// from a per-culture dictionary: the asked culture, else Ukrainian, else English, else whatever exists.
/// </summary>
public static class CatalogCulture
{
    public const string Default = "uk";

    public static string FromRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var languages = request.GetTypedHeaders().AcceptLanguage;
        var best = languages
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(CatalogText.IsCulture);
        return best ?? Default;
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
