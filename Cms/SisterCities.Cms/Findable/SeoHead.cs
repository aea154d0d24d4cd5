using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Content;
using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Findable;

/// <summary>
/// What a theme's layout puts in <c>&lt;head&gt;</c> for search engines, feed readers and link previews:
/// feed links, OpenGraph, Twitter card and JSON-LD. One call, <c>@SeoHead.Render(Model, Context)</c>, so every
/// theme gets the same tags (see docs/seo.md).
/// </summary>
public static class SeoHead
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Render(PublicPageModel model, HttpContext http)
    {
        var head = new StringBuilder();
        if (model.Site is not null)
        {
            var feedTitle = Encoder.Encode(model.SiteName);
            head.Append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").Append(feedTitle).Append(" (RSS)\" href=\"")
                .Append(Encoder.Encode(model.HomeUrl + FindableEndpoints.RssFile)).Append("\">\n");
            head.Append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").Append(feedTitle).Append(" (Atom)\" href=\"")
                .Append(Encoder.Encode(model.HomeUrl + FindableEndpoints.AtomFile)).Append("\">\n");
        }

        var isArticle = model is ContentPageModel { Page.ContentType: ContentTypeAliases.NewsArticle };
        Meta(head, "property", "og:title", model.Title);
        Meta(head, "property", "og:type", isArticle ? "article" : "website");
        Meta(head, "property", "og:site_name", model.SiteName);
        Meta(head, "property", "og:locale", OpenGraphLocale(model.Culture));
        foreach (var alternate in model.Alternates.Where(a => a.Culture != "x-default" && a.Culture != model.Culture))
        {
            Meta(head, "property", "og:locale:alternate", OpenGraphLocale(alternate.Culture));
        }

        if (model.CanonicalUrl is not null)
        {
            Meta(head, "property", "og:url", model.CanonicalUrl);
        }

        if (model.Description is not null)
        {
            Meta(head, "property", "og:description", model.Description);
        }

        Meta(head, "name", "twitter:card", "summary");
        Meta(head, "name", "twitter:title", model.Title);
        if (model.Description is not null)
        {
            Meta(head, "name", "twitter:description", model.Description);
        }

        var home = $"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}{model.HomeUrl}";
        if (StructuredData.For(model, home) is { } json)
        {
            // A data block: browsers never execute it, so the CSP's script-src does not apply.
            head.Append("<script type=\"application/ld+json\">").Append(json).Append("</script>\n");
        }

        return new HtmlString(head.ToString());
    }

    /// <summary>OpenGraph wants language_TERRITORY; the network's sites are Ukrainian.</summary>
    public static string OpenGraphLocale(string culture) => culture switch
    {
        "uk" => "uk_UA",
        "en" => "en_GB",
        _ => culture,
    };

    private static void Meta(StringBuilder head, string keyAttribute, string key, string value) =>
        head.Append("<meta ").Append(keyAttribute).Append("=\"").Append(key).Append("\" content=\"").Append(Encoder.Encode(value)).Append("\">\n");
}
