using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.SitePages;

namespace SisterCities.Cms.Partnerships.EventPages;

/// <summary>"Upcoming events" on a city's home page: the next few that are still on; left out when there are none.</summary>
internal sealed class EventsHomeBlock(EventPagesBuilder builder, TimeProvider clock) : IHomeBlockSource
{
    private const int Shown = 3;

    public int Order => 20;

    public async Task<HomeBlock?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var upcoming = (await builder.EventsAsync(request.Site, cancellationToken)).Where(e => e.EndsAt >= now && e.CancelledAt == null).Take(Shown).ToList();
        if (upcoming.Count == 0)
        {
            return null;
        }

        var culture = request.Culture;
        var scope = new CatalogScope(request.Site, culture, request.Theme, request.Links.Home(culture), p => request.Links.Path(culture, p), request.Http);
        var links = new List<ContentLink>();
        foreach (var e in upcoming)
        {
            var card = await builder.CardAsync(scope, e, cancellationToken);
            links.Add(new ContentLink(card.Title, card.Url, null, string.Join(" · ", new[] { PublicDates.Display(card.StartsAt, culture), card.Place }.OfType<string>())));
        }

        var words = new EventWords(culture);
        return new HomeBlock("upcoming-events", words.Upcoming, links, words.AllEvents, scope.Href(EventPagesBuilder.Root));
    }
}
