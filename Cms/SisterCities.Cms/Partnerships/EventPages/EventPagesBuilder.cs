using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.EventPages;

/// <summary>
/// The events calendar (<c>/events</c>, <c>/events/archive</c>) and event pages (<c>/events/{id}</c>) of a city site
/// (events it hosts, holds or is linked to: the rule of its .ics feed) or of the hub (<see cref="CatalogScope.Site"/> null: all).
/// Only published events; dates are shown in Europe/Kyiv. A cancelled event stays listed and its page stays up, both
/// marked cancelled, as in the .ics feeds (<see cref="EventEndpoints"/>), so the site and subscribed calendars agree.
/// </summary>
public sealed class EventPagesBuilder(CmsDbContext db, SiteDirectory sites, PublicCatalog catalog, TimeProvider clock)
{
    public const string Root = "/events";
    public const string ArchivePath = "/events/archive";

    public static bool Handles(string urlPath) => urlPath == Root || urlPath.StartsWith(Root + "/", StringComparison.Ordinal);

    public static string EventPath(Guid key) => $"{Root}/{key:D}";

    public async Task<PublicPageModel?> BuildAsync(CatalogScope scope, string urlPath, CancellationToken cancellationToken)
    {
        if (urlPath == Root || urlPath == ArchivePath)
        {
            return await CalendarAsync(scope, urlPath == ArchivePath, cancellationToken);
        }

        var segment = urlPath[(Root.Length + 1)..];
        return Guid.TryParseExact(segment, "D", out var key) && segment == key.ToString("D", CultureInfo.InvariantCulture)
            ? await EventAsync(scope, key, cancellationToken)
            : null;
    }

    /// <summary>Published events of the scope (cancelled ones included), soonest first.</summary>
    public async Task<List<NetworkEvent>> EventsAsync(SiteSummary? site, CancellationToken cancellationToken)
    {
        var events = await db.Set<NetworkEvent>().AsNoTracking().Where(e => e.Published).OrderBy(e => e.StartsAt).ToListAsync(cancellationToken);
        return site is null ? events : events.Where(e => InSite(e, site.Id)).ToList();
    }

    public static bool InSite(NetworkEvent e, int siteId) => e.HostSiteId == siteId || e.PlaceSiteId == siteId || e.LinkedSiteIds.Contains(siteId);

    public async Task<EventCard> CardAsync(CatalogScope scope, NetworkEvent e, CancellationToken cancellationToken) =>
        new(Title(e, scope.Culture), scope.Href(EventPath(e.Key)), KindName(e.Kind, scope.Culture), e.StartsAt, e.EndsAt, (await PlaceAsync(e, scope.Culture, cancellationToken)).Name, e.CancelledAt is not null);

    private async Task<EventsCalendarModel> CalendarAsync(CatalogScope scope, bool archive, CancellationToken cancellationToken)
    {
        var culture = scope.Culture;
        var words = new EventWords(culture);
        var now = clock.GetUtcNow();
        var events = await EventsAsync(scope.Site, cancellationToken);
        var shown = archive ? events.Where(e => e.EndsAt < now).OrderByDescending(e => e.StartsAt).ToList() : events.Where(e => e.EndsAt >= now).ToList();
        var months = new List<EventMonth>();
        foreach (var group in shown.GroupBy(e => (PublicDates.InKyiv(e.StartsAt).Year, PublicDates.InKyiv(e.StartsAt).Month)))
        {
            var cards = new List<EventCard>();
            foreach (var e in group)
            {
                cards.Add(await CardAsync(scope, e, cancellationToken));
            }

            months.Add(new EventMonth(
                string.Create(CultureInfo.InvariantCulture, $"m-{group.Key.Year:0000}-{group.Key.Month:00}"), PublicDates.MonthAndYear(group.Key.Year, group.Key.Month, culture), cards));
        }

        var feed = scope.Site is null ? "/api/v1/events/calendar.ics" : $"/api/v1/sites/{scope.Site.Key}/events.ics";
        return new EventsCalendarModel
        {
            Theme = scope.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = archive ? words.Archive : words.Events,
            HomeUrl = scope.HomeUrl,
            ViewName = ThemeViewNames.EventsCalendar,
            Words = words,
            IsArchive = archive,
            Intro = scope.Site is null ? words.NetworkIntro : words.CityIntro,
            Months = months,
            UpcomingUrl = scope.Href(Root),
            ArchiveUrl = scope.Href(ArchivePath),
            FeedUrl = scope.Http.Request.PathBase.Add(new PathString(feed)).ToUriComponent(),
        };
    }

    private async Task<NetworkEventPageModel?> EventAsync(CatalogScope scope, Guid key, CancellationToken cancellationToken)
    {
        var e = await db.Set<NetworkEvent>().AsNoTracking().SingleOrDefaultAsync(x => x.Key == key && x.Published, cancellationToken);
        if (e is null || (scope.Site is not null && !InSite(e, scope.Site.Id)))
        {
            return null;
        }

        var culture = scope.Culture;
        var words = new EventWords(culture);
        var place = await PlaceAsync(e, culture, cancellationToken);
        var participants = new List<string>();
        foreach (var id in e.LinkedSiteIds)
        {
            if (await sites.FindByIdAsync(id, cancellationToken) is { } linked)
            {
                participants.Add(linked.NameIn(culture));
            }
        }

        // Linked businesses are shown only while public, and linked only where their showroom is shown (the hub, or their own city).
        var businesses = await catalog.VisibleBusinesses().Where(b => e.LinkedBusinessKeys.Contains(b.Id))
            .Select(b => new { b.Id, b.DisplayName, b.SiteId }).ToListAsync(cancellationToken);
        var organiser = e.HostSiteId is { } host && await sites.FindByIdAsync(host, cancellationToken) is { } hostSite ? hostSite.NameIn(culture) : null;
        var registration = e.RegistrationUrl is { } url && url.StartsWith('/') ? scope.Http.Request.PathBase.Add(new PathString(url)).ToUriComponent() : e.RegistrationUrl;
        return new NetworkEventPageModel
        {
            Theme = scope.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = Title(e, culture),
            HomeUrl = scope.HomeUrl,
            ViewName = ThemeViewNames.NetworkEventPage,
            Words = words,
            Kind = KindName(e.Kind, culture),
            StartsAt = e.StartsAt,
            EndsAt = e.EndsAt,
            Place = place.Name,
            PlaceCountry = place.Country,
            Body = culture == "uk" ? e.DescriptionUk ?? e.DescriptionEn : e.DescriptionEn ?? e.DescriptionUk,
            Organiser = organiser,
            Participants = participants,
            Businesses = businesses
                .Select(b => new ContentLink(b.DisplayName, scope.Site is null || b.SiteId == scope.Site.Id ? scope.Href(CatalogPaths.Business(b.Id, b.DisplayName)) : "", null, null))
                .ToList(),
            RegistrationUrl = registration,
            CancelledAt = e.CancelledAt,
            CancellationReason = e.CancellationReason,
            CalendarUrl = scope.Http.Request.PathBase.Add(new PathString($"/api/v1/events/{e.Key:D}/calendar.ics")).ToUriComponent(),
            EventsUrl = scope.Href(Root),
            AbsoluteUrl = scope.Absolute(EventPath(e.Key)),
        };
    }

    private async Task<(string? Name, string? Country)> PlaceAsync(NetworkEvent e, string culture, CancellationToken cancellationToken)
    {
        string? city = null;
        string? country = null;
        if (e.PlaceSiteId is { } siteId && await sites.FindByIdAsync(siteId, cancellationToken) is { } site)
        {
            (city, country) = (site.NameIn(culture), "UA");
        }
        else if (e.PlacePartnerCityId is { } partnerId
            && await db.Set<PartnerCity>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnerId, cancellationToken) is { } partner)
        {
            city = (culture == "uk" ? partner.NameUk ?? partner.NameNative : partner.NameEn) + ", " + CountryNamesUk.NameIn(partner.CountryCode, culture);
            country = partner.CountryCode;
        }

        var name = string.Join(", ", new[] { e.Venue, city }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return (name.Length == 0 ? null : name, country);
    }

    private static string Title(NetworkEvent e, string culture) => culture == "uk" ? e.TitleUk : e.TitleEn;

    private static string KindName(string kind, string culture) =>
        EventKinds.All.TryGetValue(kind, out var names) ? (culture == "uk" ? names.Uk : names.En) : kind;
}
