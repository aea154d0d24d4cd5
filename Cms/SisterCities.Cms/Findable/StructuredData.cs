using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using SisterCities.Cms.Content;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Findable;

/// <summary>
/// schema.org JSON-LD for a page: the city as a GovernmentOrganization on its home page, NewsArticle on
/// articles, Event on events. Serialized with an encoder that escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>
/// (as <c>\u003C</c> …), so no value can close the <c>&lt;script&gt;</c> element it is written into.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // UnicodeRanges.All keeps Cyrillic readable; the default encoder still escapes HTML-significant characters.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The JSON text to put inside <c>&lt;script type="application/ld+json"&gt;</c>, or null for none.</summary>
    public static string? For(PublicPageModel model, string homeUrl)
    {
        if (model is IHasStructuredData own)
        {
            return own.StructuredData(homeUrl)?.ToJsonString(Options);
        }

        if (model.Site is null || model is not ContentPageModel content)
        {
            return null;
        }

        JsonObject? data = content.Page.ContentType switch
        {
            ContentTypeAliases.Home => City(model, homeUrl),
            ContentTypeAliases.NewsArticle => Article(content, homeUrl),
            ContentTypeAliases.Event => Event(content, homeUrl),
            _ => null,
        };
        return data?.ToJsonString(Options);
    }

    private static JsonObject City(PublicPageModel model, string homeUrl)
    {
        var city = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (key, value) in Organization(model, homeUrl))
        {
            city[key] = value?.DeepClone();
        }

        if (model.Description is not null)
        {
            city["description"] = model.Description;
        }

        city["address"] = new JsonObject
        {
            ["@type"] = "PostalAddress",
            ["addressLocality"] = model.SiteName,
            ["addressRegion"] = model.OblastName,
            ["addressCountry"] = "UA",
        };
        return city;
    }

    private static JsonObject Article(ContentPageModel model, string homeUrl)
    {
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = model.Page.Name,
            ["inLanguage"] = model.Culture,
            ["publisher"] = Organization(model, homeUrl),
        };
        if (model.Page.PublishedAt is { } published)
        {
            // A variant keeps only its latest publication time, so that is both dates (see docs/seo.md).
            article["datePublished"] = PublicDates.Machine(published);
            article["dateModified"] = PublicDates.Machine(published);
        }

        AddCommon(article, model);
        return article;
    }

    private static JsonObject Event(ContentPageModel model, string homeUrl)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = model.Page.Name,
            ["inLanguage"] = model.Culture,
            ["organizer"] = Organization(model, homeUrl),
        };
        if (model.Values.Date("startsAt") is { } starts)
        {
            data["startDate"] = PublicDates.Machine(starts);
        }

        if (model.Values.Date("endsAt") is { } ends)
        {
            data["endDate"] = PublicDates.Machine(ends);
        }

        if (model.Values.Text("venue") is { } venue)
        {
            data["location"] = new JsonObject { ["@type"] = "Place", ["name"] = venue, ["address"] = model.SiteName };
        }

        AddCommon(data, model);
        return data;
    }

    private static void AddCommon(JsonObject data, ContentPageModel model)
    {
        if (model.Description is not null)
        {
            data["description"] = model.Description;
        }

        if (model.CanonicalUrl is not null)
        {
            data["url"] = model.CanonicalUrl;
            data["mainEntityOfPage"] = model.CanonicalUrl;
        }
    }

    private static JsonObject Organization(PublicPageModel model, string homeUrl) => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = model.SiteName,
        ["url"] = homeUrl,
    };
}
