using System.Globalization;
using System.Text;
using System.Xml;

namespace SisterCities.Cms.Findable;

/// <summary>Writes <see cref="NewsFeed"/> as RSS 2.0 and as Atom 1.0 (RFC 4287). XmlWriter does the escaping.</summary>
public static class FeedDocuments
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static string Rss(NewsFeed feed) => Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", feed.Title);
        xml.WriteElementString("link", feed.SiteUrl);
        xml.WriteElementString("description", feed.Title);
        xml.WriteElementString("language", feed.Language);
        xml.WriteElementString("lastBuildDate", feed.Updated.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", feed.SelfUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var item in feed.Items)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", item.Title);
            xml.WriteElementString("link", item.Url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(item.Url);
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", item.Published.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
            if (item.Summary is not null)
            {
                xml.WriteElementString("description", item.Summary);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static string Atom(NewsFeed feed) => Write(xml =>
    {
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        xml.WriteElementString("id", AtomNamespace, feed.SelfUrl);
        xml.WriteElementString("title", AtomNamespace, feed.Title);
        xml.WriteElementString("updated", AtomNamespace, Rfc3339(feed.Updated));
        Link(xml, "self", feed.SelfUrl, "application/atom+xml");
        Link(xml, "alternate", feed.SiteUrl, "text/html");
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, feed.Title);
        xml.WriteEndElement();
        foreach (var item in feed.Items)
        {
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, item.Url);
            xml.WriteElementString("title", AtomNamespace, item.Title);
            xml.WriteElementString("published", AtomNamespace, Rfc3339(item.Published));
            xml.WriteElementString("updated", AtomNamespace, Rfc3339(item.Updated));
            Link(xml, "alternate", item.Url, "text/html");
            if (item.Summary is not null)
            {
                xml.WriteElementString("summary", AtomNamespace, item.Summary);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Write(Action<XmlWriter> body)
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            body(xml);
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + output;
    }
}
