using SisterCities.Cms.Findable;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.EventPages;

/// <summary>The site's event pages (published, hosted, held there or linked) and the archive in its <c>sitemap.xml</c>.</summary>
internal sealed class EventsSitemap(EventPagesBuilder builder) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapPath>> PathsAsync(SiteSummary site, CancellationToken cancellationToken)
    {
        var events = await builder.EventsAsync(site, cancellationToken);
        var paths = events.Select(e => new SitemapPath(EventPagesBuilder.EventPath(e.Key), e.UpdatedAt)).ToList();
        paths.Add(new SitemapPath(EventPagesBuilder.ArchivePath, null));
        return paths;
    }
}
