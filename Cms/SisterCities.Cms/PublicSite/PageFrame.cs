using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PublicSite;

/// <summary>
/// The parts of a content page's model that do not depend on its type: canonical URL, hreflang alternates,
/// language switch and menu. Built once per request, copied onto whichever model the view needs.
/// </summary>
internal sealed record PageFrame(
    PublicTheme Theme,
    SiteSummary Site,
    PublishedPage Page,
    SiteLinks Links,
    IReadOnlyList<ContentLink> Menu,
    IReadOnlyDictionary<string, string> PublishedCultures,
    bool Preview = false,
    IReadOnlyList<ContentLink>? FooterLinks = null)
{
    /// <summary>Sets on <paramref name="model"/> the frame's links; <paramref name="query"/> is kept on canonical and alternates (paging).</summary>
    public T Fill<T>(T model, string query)
        where T : PublicPageModel
    {
        var cultures = Site.Cultures.Where(PublishedCultures.ContainsKey).ToList();
        var alternates = cultures
            .Select(c => new AlternateLink(c, UiText.LanguageName(c), Links.Absolute(c, PublishedCultures[c]) + query, c == Page.Culture))
            .ToList();
        if (alternates.Count > 0)
        {
            var fallback = PublishedCultures.TryGetValue(Site.DefaultCulture, out var path) ? (Site.DefaultCulture, path) : (cultures[0], PublishedCultures[cultures[0]]);
            alternates.Add(new AlternateLink("x-default", "", Links.Absolute(fallback.Item1, fallback.Item2) + query, false));
        }

        var languages = Site.Cultures.Count < 2
            ? []
            : Site.Cultures.Select(c => new AlternateLink(
                c,
                UiText.LanguageName(c),
                PublishedCultures.TryGetValue(c, out var p) ? Links.Path(c, p) : Links.Home(c),
                c == Page.Culture)).ToList();
        model.Site = Site;
        model.CanonicalUrl = Links.Absolute(Page.Culture, Page.UrlPath) + query;
        model.Alternates = alternates;
        model.Languages = languages;
        model.Menu = Menu;
        model.FooterLinks = FooterLinks ?? [];
        model.CurrentUrl = Links.Path(Page.Culture, Page.UrlPath);
        model.IsPreview = Preview;
        return model;
    }
}
