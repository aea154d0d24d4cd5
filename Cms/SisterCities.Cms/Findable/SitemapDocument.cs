using System.Globalization;
using System.Text;
using System.Xml;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Findable;

/// <summary>
/// A sitemaps.org 0.9 <c>urlset</c>: every published variant of the site with its absolute URL, last change and,
/// where the item exists in more than one culture, <c>xhtml:link rel="alternate" hreflang</c> siblings
/// (the form Google documents for multilingual sitemaps).
/// </summary>
public static class SitemapDocument
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static string ForSite(SiteSummary site, SiteLinks links, IReadOnlyList<PublishedUrl> urls, IEnumerable<ISitePage> sitePages, IReadOnlyList<SitemapPath>? featurePaths = null)
    {
        var entries = new List<Entry>();
        foreach (var group in urls.GroupBy(u => u.ItemId))
        {
            // The default culture first, so alternates read the same in every entry.
            var item = group.Where(u => site.HasCulture(u.Culture)).OrderBy(u => u.Culture == site.DefaultCulture ? 0 : 1).ThenBy(u => u.Culture, StringComparer.Ordinal).ToList();
            var alternates = item
                .Select(u => (u.Culture, Url: links.Absolute(u.Culture, u.UrlPath)))
                .ToList();
            entries.AddRange(item.Select(u => new Entry(links.Absolute(u.Culture, u.UrlPath), u.PublishedAt ?? u.UpdatedAt, alternates)));
        }

        var taken = entries.Select(e => e.Location).ToHashSet(StringComparer.Ordinal);
        foreach (var page in sitePages.Where(p => p.InSitemap))
        {
            var alternates = site.Cultures.Select(c => (c, links.Absolute(c, page.UrlPath))).ToList();
            entries.AddRange(alternates.Where(a => !taken.Contains(a.Item2)).Select(a => new Entry(a.Item2, null, alternates)));
        }

        foreach (var path in featurePaths ?? [])
        {
            var alternates = site.Cultures.Select(c => (c, links.Absolute(c, path.UrlPath))).ToList();
            entries.AddRange(alternates.Where(a => !taken.Contains(a.Item2)).Select(a => new Entry(a.Item2, path.LastModified, alternates)));
        }

        return Write(entries);
    }

    /// <summary>A host no site claims shows only the network landing page.</summary>
    public static string ForLanding(string landingUrl) => Write([new Entry(landingUrl, null, [])]);

    private static string Write(IReadOnlyList<Entry> entries)
    {
        var output = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, entry.Location);
                if (entry.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", Namespace, modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                }

                if (entry.Alternates.Count > 1)
                {
                    foreach (var (culture, url) in entry.Alternates)
                    {
                        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", culture);
                        xml.WriteAttributeString("href", url);
                        xml.WriteEndElement();
                    }
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return output.ToString();
    }

    private sealed record Entry(string Location, DateTimeOffset? LastModified, IReadOnlyList<(string Culture, string Url)> Alternates);

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
