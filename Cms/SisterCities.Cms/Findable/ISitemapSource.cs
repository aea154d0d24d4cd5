using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Findable;

/// <summary>
/// Public pages a feature adds below its <see cref="PublicSite.SitePages.ISitePage"/> (a showroom, an event): listed in
/// the site's <c>sitemap.xml</c> in every culture of the site, with <c>hreflang</c> alternates.
/// </summary>
public interface ISitemapSource
{
    Task<IReadOnlyList<SitemapPath>> PathsAsync(SiteSummary site, CancellationToken cancellationToken);
}

/// <summary>A path below the culture root (<c>/catalog/pekarnia-…</c>) and when it last changed.</summary>
public sealed record SitemapPath(string UrlPath, DateTimeOffset? LastModified);
