using System.Globalization;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PublicSite.Models;

/// <summary>What every public page's layout needs: site, language, title, canonical and alternate links, menu.</summary>
public abstract class PublicPageModel
{
    public const string NetworkName = "SisterCities";

    public required PublicTheme Theme { get; init; }

    /// <summary>Null on the network landing page and on pages of a host no site claims.</summary>
    public SiteSummary? Site { get; internal set; }

    public required string Culture { get; init; }

    public required UiText Text { get; init; }

    /// <summary>The page's own heading.</summary>
    public required string Title { get; init; }

    public string? CanonicalUrl { get; internal set; }

    /// <summary>Absolute <c>hreflang</c> alternates, x-default last; empty where the page has no translations.</summary>
    public IReadOnlyList<AlternateLink> Alternates { get; internal set; } = [];

    /// <summary>The language switch: the same item in each culture of the site, or that culture's home.</summary>
    public IReadOnlyList<AlternateLink> Languages { get; internal set; } = [];

    public required string HomeUrl { get; init; }

    public IReadOnlyList<ContentLink> Menu { get; internal set; } = [];

    /// <summary>Statements every site has (accessibility, privacy), shown in the footer.</summary>
    public IReadOnlyList<ContentLink> FooterLinks { get; internal set; } = [];

    /// <summary>The app-relative URL of this page, for <c>aria-current</c> in the menu.</summary>
    public string? CurrentUrl { get; internal set; }

    /// <summary>True when a draft is shown through a backoffice preview link: the layout shows a banner and asks not to be indexed.</summary>
    public bool IsPreview { get; internal set; }

    /// <summary>A feature page's own view when it has several (list, detail); null uses the page's registered view.</summary>
    public string? ViewName { get; init; }

    /// <summary>The HTTP status a feature page answers with (422 for a form sent back with errors).</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>
    /// The menu entry's <c>aria-current</c>: <c>page</c> on the entry's own page, <c>true</c> on a page below it
    /// (<c>/catalog/projects</c> under <c>/catalog</c>), else null (Razor then leaves the attribute out).
    /// </summary>
    public string? MenuCurrent(string entryUrl) =>
        CurrentUrl == entryUrl ? "page" : !entryUrl.EndsWith('/') && CurrentUrl?.StartsWith(entryUrl + "/", StringComparison.Ordinal) == true ? "true" : null;

    public string SiteName => Site?.NameIn(Culture) ?? NetworkName;

    public string? OblastName => Site?.OblastIn(Culture);

    /// <summary>The browser tab's title: the page, then the site (only the site on its home page).</summary>
    public virtual string DocumentTitle => Title == SiteName ? SiteName : $"{Title} — {SiteName}";

    /// <summary>The <c>meta description</c> search engines show under the title; null to leave it out.</summary>
    public virtual string? Description => null;

    /// <summary>The initial letter on the coat-of-arms placeholder shield.</summary>
    public string SiteInitial => SiteName.Length > 0 ? char.ToUpper(SiteName[0], CultureInfo.InvariantCulture).ToString() : "?";

    public string Format(string template, object? value) => string.Format(CultureInfo.InvariantCulture, template, value);

    public string DisplayDate(DateTimeOffset value) => PublicDates.Display(value, Culture);

    public string DisplayDateTime(DateTimeOffset value) => PublicDates.DisplayWithTime(value, Culture);

    public static string MachineDate(DateTimeOffset value) => PublicDates.Machine(value);
}
