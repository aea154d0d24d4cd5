using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Events;

/// <summary>Validates and stores events; each write bumps the iCalendar SEQUENCE so calendars pick up changes.</summary>
public sealed class EventWriter(CmsDbContext db, TimeProvider clock)
{
    public const int MaxTitleLength = 300;

    public async Task<Dictionary<string, string[]>> ValidateAsync(EventDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!EventKinds.All.ContainsKey(draft.Kind))
        {
            errors["kind"] = [$"Known kinds: {string.Join(", ", EventKinds.All.Keys)}."];
        }

        if (string.IsNullOrWhiteSpace(draft.TitleUk) || draft.TitleUk.Length > MaxTitleLength)
        {
            errors["titleUk"] = [$"A Ukrainian title of 1 to {MaxTitleLength} characters is required."];
        }

        if (string.IsNullOrWhiteSpace(draft.TitleEn) || draft.TitleEn.Length > MaxTitleLength)
        {
            errors["titleEn"] = [$"An English title of 1 to {MaxTitleLength} characters is required."];
        }

        if (draft.EndsAt < draft.StartsAt)
        {
            errors["endsAt"] = ["The event ends before it starts."];
        }

        if (draft.PlaceSiteId is not null && draft.PlacePartnerCityId is not null)
        {
            errors["place"] = ["The place is a site of the network or a city abroad, not both."];
        }

        var siteIds = draft.LinkedSiteIds.Concat(new[] { draft.HostSiteId, draft.PlaceSiteId }.OfType<int>()).Distinct().ToList();
        var known = await db.Set<Site>().CountAsync(s => siteIds.Contains(s.Id), cancellationToken);
        if (known != siteIds.Count)
        {
            errors["linkedSiteIds"] = ["Every linked site must exist."];
        }

        if (draft.PlacePartnerCityId is { } city && !await db.Set<PartnerCity>().AnyAsync(c => c.Id == city, cancellationToken))
        {
            errors["placePartnerCityId"] = ["No such partner city."];
        }

        if (draft.RegistrationUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var uri) && (!uri.IsAbsoluteUri || uri.Scheme is "https" or "http")))
        {
            errors["registrationUrl"] = ["The registration link must be an http(s) address or a path of this site."];
        }

        return errors;
    }

    public async Task<(NetworkEvent? Event, Dictionary<string, string[]> Errors)> CreateAsync(EventDraft draft, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        var networkEvent = new NetworkEvent
        {
            Key = Guid.NewGuid(),
            Kind = draft.Kind,
            TitleUk = draft.TitleUk.Trim(),
            TitleEn = draft.TitleEn.Trim(),
            DescriptionUk = draft.DescriptionUk,
            DescriptionEn = draft.DescriptionEn,
            StartsAt = draft.StartsAt.ToUniversalTime(),
            EndsAt = draft.EndsAt.ToUniversalTime(),
            HostSiteId = draft.HostSiteId,
            PlaceSiteId = draft.PlaceSiteId,
            PlacePartnerCityId = draft.PlacePartnerCityId,
            Venue = draft.Venue,
            LinkedSiteIds = [.. draft.LinkedSiteIds.Distinct()],
            LinkedBusinessKeys = [.. draft.LinkedBusinessKeys.Distinct()],
            LinkedProjectKeys = [.. draft.LinkedProjectKeys.Distinct()],
            RegistrationUrl = draft.RegistrationUrl,
            Published = draft.Published,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(networkEvent);
        await db.SaveChangesAsync(cancellationToken);
        return (networkEvent, errors);
    }
}
