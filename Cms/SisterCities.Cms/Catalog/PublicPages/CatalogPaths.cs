using System.Globalization;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// The catalog's public paths below the culture root. A showroom path is a readable slug of its name
/// followed by its id (<c>/catalog/lvivska-pekarnia-0d4c…</c>): the id finds the record, the slug is for people and
/// search engines, and a path with an outdated slug redirects to the current one.
/// </summary>
public static class CatalogPaths
{
    public const string Root = "/catalog";
    public const string Projects = "/catalog/projects";
    public const string SentSuffix = "/inquiry-sent";

    public static string Business(Guid id, string name) => $"{Root}/{SlugWithId(name, id)}";

    /// <summary>A project's title differs per language, so its path is its id alone (the same in every culture).</summary>
    public static string Project(Guid id) => $"{Projects}/{id:D}";

    public static string SlugWithId(string name, Guid id)
    {
        var slug = Slug.From(name);
        return slug.Length == 0 ? id.ToString("D", CultureInfo.InvariantCulture) : $"{slug}-{id:D}";
    }

    /// <summary>The id at the end of a slug segment; null when the segment does not end with one.</summary>
    public static Guid? IdOf(string segment)
    {
        const int length = 36;
        return segment.Length >= length && Guid.TryParseExact(segment[^length..], "D", out var id) ? id : null;
    }
}
