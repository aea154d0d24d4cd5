using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.Partnerships.EventPages;

/// <summary><c>/events</c> on every city site: its calendar, archive and event pages.</summary>
internal sealed class EventsSitePage(EventPagesBuilder builder) : ISitePage
{
    public string UrlPath => EventPagesBuilder.Root;

    public string ViewName => ThemeViewNames.EventsCalendar;

    public string Title(string culture) => new EventWords(culture).Events;

    public bool Handles(string urlPath) => EventPagesBuilder.Handles(urlPath);

    public async Task<PublicPageModel?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken)
    {
        var scope = new CatalogScope(request.Site, request.Culture, request.Theme, request.Links.Home(request.Culture), p => request.Links.Path(request.Culture, p), request.Http);
        var path = PublicSite.PublicPath.Parse(request.Http.Request.Path.Value, request.Site.Cultures, request.Site.DefaultCulture);
        return await builder.BuildAsync(scope, path?.UrlPath ?? UrlPath, cancellationToken);
    }
}
