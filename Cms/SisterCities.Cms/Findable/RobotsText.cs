using System.Text;

namespace SisterCities.Cms.Findable;

/// <summary>
/// robots.txt: everything public may be crawled; the backoffice, business portal and APIs are for people with
/// accounts or programs, so crawlers are asked to stay out (they are protected by authorization regardless).
/// </summary>
public static class RobotsText
{
    public static IReadOnlyList<string> Disallowed { get; } = ["/backoffice", "/business", "/api"];

    public static string Write(string pathBase, string sitemapUrl)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        foreach (var path in Disallowed)
        {
            text.Append("Disallow: ").Append(pathBase).Append(path).Append('\n');
        }

        text.Append("Allow: ").Append(pathBase).Append("/\n\n");
        text.Append("Sitemap: ").Append(sitemapUrl).Append('\n');
        return text.ToString();
    }
}
