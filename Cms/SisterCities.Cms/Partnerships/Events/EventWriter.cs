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

        if (draft.RegistrationFormKey is { } form
            && !await db.Set<Forms.Definitions.FormDefinition>().AnyAsync(f => f.Key == form && (f.SiteId == null || f.SiteId == draft.HostSiteId), cancellationToken))
        {
            errors["registrationFormKey"] = ["No such form on this site or the network."];
        }

        return errors;
    }

    /// <summary>Changes an event (the host stays); bumps the iCalendar SEQUENCE so subscribed calendars update.</summary>
    public async Task<Dictionary<string, string[]>> UpdateAsync(NetworkEvent networkEvent, EventDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        draft = draft with { HostSiteId = networkEvent.HostSiteId };
        if (networkEvent.CancelledAt is not null)
        {
            return new Dictionary<string, string[]>(StringComparer.Ordinal) { ["event"] = ["This event was cancelled and can no longer be changed."] };
        }

        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(networkEvent, draft);
        networkEvent.Sequence++;
        networkEvent.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>
    /// Calls the event off and freezes it. Publication is left as it was: a published event stays on the pages and in
    /// the .ics feeds marked cancelled (calendars drop nothing silently), a draft stays a draft. The SEQUENCE and the
    /// update time move like any change, so subscribed calendars take the new state. Cancelling twice changes nothing.
    /// The organiser's reason is optional (see <see cref="EventCancellation.ReadReason"/>); one that is too long is
    /// refused, keyed "reason", and nothing changes.
    /// </summary>
    public async Task<Dictionary<string, string[]>> CancelAsync(NetworkEvent networkEvent, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (networkEvent.CancelledAt is not null)
        {
            return errors;
        }

        var (text, error) = EventCancellation.ReadReason(reason);
        if (error is not null)
        {
            errors["reason"] = [error];
            return errors;
        }

        var now = clock.GetUtcNow();
        networkEvent.CancelledAt = now;
        networkEvent.CancellationReason = text;
        networkEvent.Sequence++;
        networkEvent.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
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
            TitleUk = "",
            TitleEn = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(networkEvent, draft);
        db.Add(networkEvent);
        await db.SaveChangesAsync(cancellationToken);
        return (networkEvent, errors);
    }

    private static void Apply(NetworkEvent networkEvent, EventDraft draft)
    {
        networkEvent.Kind = draft.Kind;
        networkEvent.TitleUk = draft.TitleUk.Trim();
        networkEvent.TitleEn = draft.TitleEn.Trim();
        networkEvent.DescriptionUk = draft.DescriptionUk;
        networkEvent.DescriptionEn = draft.DescriptionEn;
        networkEvent.StartsAt = draft.StartsAt.ToUniversalTime();
        networkEvent.EndsAt = draft.EndsAt.ToUniversalTime();
        networkEvent.HostSiteId = draft.HostSiteId;
        networkEvent.PlaceSiteId = draft.PlaceSiteId;
        networkEvent.PlacePartnerCityId = draft.PlacePartnerCityId;
        networkEvent.Venue = draft.Venue;
        networkEvent.LinkedSiteIds = [.. draft.LinkedSiteIds.Distinct()];
        networkEvent.LinkedBusinessKeys = [.. draft.LinkedBusinessKeys.Distinct()];
        networkEvent.LinkedProjectKeys = [.. draft.LinkedProjectKeys.Distinct()];
        networkEvent.RegistrationUrl = draft.RegistrationUrl;
        networkEvent.RegistrationFormKey = draft.RegistrationFormKey;
        networkEvent.Published = draft.Published;
    }
}
