using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.Partnerships.EventPages;

/// <summary><c>/events</c> on the network hub: every published event of the network.</summary>
internal sealed class EventsNetworkPage(EventPagesBuilder builder) : INetworkPage
{
    public string UrlPath => EventPagesBuilder.Root;

    public string ViewName => ThemeViewNames.EventsCalendar;

    public string Title(string culture) => new EventWords(culture).Events;

    public bool Handles(string urlPath) => EventPagesBuilder.Handles(urlPath);

    public async Task<PublicPageModel?> BuildAsync(NetworkPageRequest request, CancellationToken cancellationToken)
    {
        var parsed = PublicSite.PublicPath.Parse(request.Http.Request.Path.Value, NetworkLanding.Cultures, NetworkLanding.Cultures[0]);
        var prefix = request.Culture == NetworkLanding.Cultures[0] ? "" : "/" + request.Culture;
        var pathBase = request.Http.Request.PathBase;
        var scope = new CatalogScope(null, request.Culture, request.Theme, request.HomeUrl, p => pathBase.Add(new PathString(prefix + p)).ToUriComponent(), request.Http);
        return await builder.BuildAsync(scope, parsed?.UrlPath ?? UrlPath, cancellationToken);
    }
}
