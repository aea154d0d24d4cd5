using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Offers;

public sealed record OfferDraft(
    OfferDirection Direction, string Topic, string Area, int? SiteId, Guid? BusinessKey,
    string TitleUk, string TitleEn, string? DescriptionUk, string? DescriptionEn, DateOnly ExpiresOn, bool Published);

/// <summary>Checks and stores cooperation offers and requests; expiring and withdrawing take them off the public lists.</summary>
public sealed class OfferWriter(CmsDbContext db, TimeProvider clock)
{
    public async Task<Dictionary<string, string[]>> ValidateAsync(OfferDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.IsDefined(draft.Direction))
        {
            errors["direction"] = ["Use offer or request."];
        }

        if (!OfferTopics.All.ContainsKey(draft.Topic))
        {
            errors["topic"] = [$"Known topics: {string.Join(", ", OfferTopics.All.Keys)}."];
        }

        if (!CooperationAreas.IsKnown(draft.Area))
        {
            errors["area"] = [$"Known areas: {string.Join(", ", CooperationAreas.All.Keys)}."];
        }

        if ((draft.SiteId is null) == (draft.BusinessKey is null))
        {
            errors["owner"] = ["An offer belongs to one municipality or one business."];
        }
        else if (draft.SiteId is { } site && !await db.Set<Site>().AnyAsync(s => s.Id == site, cancellationToken))
        {
            errors["siteId"] = ["No such site."];
        }
        else if (draft.BusinessKey is { } business && !await db.Set<Business>().AnyAsync(b => b.Id == business, cancellationToken))
        {
            errors["owner"] = ["No such business."];
        }

        if (string.IsNullOrWhiteSpace(draft.TitleUk) || string.IsNullOrWhiteSpace(draft.TitleEn) || draft.TitleUk.Length > 300 || draft.TitleEn.Length > 300)
        {
            errors["title"] = ["Titles in Ukrainian and English of 1 to 300 characters are required."];
        }

        if (draft.ExpiresOn <= Today)
        {
            errors["expiresOn"] = ["The expiry must be in the future."];
        }

        return errors;
    }

    public async Task<(CooperationOffer? Offer, Dictionary<string, string[]> Errors)> CreateAsync(OfferDraft draft, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var offer = new CooperationOffer
        {
            Key = Guid.NewGuid(),
            Topic = draft.Topic,
            Area = draft.Area,
            TitleUk = "",
            TitleEn = "",
            CreatedAt = clock.GetUtcNow(),
        };
        Apply(offer, draft);
        db.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return (offer, errors);
    }

    /// <summary>Changes an offer; the owner stays as it was stored. A withdrawn offer cannot be changed.</summary>
    public async Task<Dictionary<string, string[]>> UpdateAsync(CooperationOffer offer, OfferDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var errors = await ValidateAsync(draft with { SiteId = offer.SiteId, BusinessKey = offer.BusinessKey }, cancellationToken);
        if (offer.WithdrawnAt is not null)
        {
            errors["offer"] = ["A withdrawn offer cannot be changed."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(offer, draft with { SiteId = offer.SiteId, BusinessKey = offer.BusinessKey });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Ends the offer today: it stays stored (with its answers) but is no longer open.</summary>
    public async Task ExpireAsync(CooperationOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        offer.ExpiresOn = offer.ExpiresOn < Today ? offer.ExpiresOn : Today;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Takes the offer back for good: unpublished and marked withdrawn.</summary>
    public async Task WithdrawAsync(CooperationOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        offer.Published = false;
        offer.WithdrawnAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Every offer the public may see (and answer) now: published, not withdrawn, not expired, and — for a business's
    /// offer — the business is verified (a suspended business's offers vanish with its showroom). The one definition
    /// of an open offer: lists filter it further, and <see cref="FindOpenAsync"/> picks one from it.
    /// </summary>
    public IQueryable<CooperationOffer> OpenOffers()
    {
        var today = Today;
        var verified = db.Set<Business>().Where(b => b.State == VerificationState.Verified).Select(b => (Guid?)b.Id);
        return db.Set<CooperationOffer>().AsNoTracking()
            .Where(o => o.Published && o.WithdrawnAt == null && o.ExpiresOn > today && (o.BusinessKey == null || verified.Contains(o.BusinessKey)));
    }

    /// <summary>The offer if it is open now (see <see cref="OpenOffers"/>); null when there is none or it is closed.</summary>
    public Task<CooperationOffer?> FindOpenAsync(Guid key, CancellationToken cancellationToken) =>
        OpenOffers().SingleOrDefaultAsync(o => o.Key == key, cancellationToken);

    /// <summary>
    /// Today's date in Kyiv. An offer's expiry is a calendar date of the network's own zone: it closes at 00:00 Kyiv time
    /// on that date, not at 00:00 UTC (two or three hours later).
    /// </summary>
    public static DateOnly KyivToday(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(KyivTime.ToKyiv(clock.GetUtcNow()).DateTime);
    }

    public DateOnly Today => KyivToday(clock);

    private static void Apply(CooperationOffer offer, OfferDraft draft)
    {
        offer.Direction = draft.Direction;
        offer.Topic = draft.Topic;
        offer.Area = draft.Area;
        offer.SiteId = draft.SiteId;
        offer.BusinessKey = draft.BusinessKey;
        offer.TitleUk = draft.TitleUk.Trim();
        offer.TitleEn = draft.TitleEn.Trim();
        offer.DescriptionUk = draft.DescriptionUk;
        offer.DescriptionEn = draft.DescriptionEn;
        offer.ExpiresOn = draft.ExpiresOn;
        offer.Published = draft.Published;
    }
}
