using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Offers;

public sealed record OfferDraft(
    OfferDirection Direction, string Topic, string Area, int? SiteId, Guid? BusinessKey,
    string TitleUk, string TitleEn, string? DescriptionUk, string? DescriptionEn, DateOnly ExpiresOn, bool Published);

/// <summary>Checks and stores cooperation offers and requests.</summary>
public sealed class OfferWriter(CmsDbContext db, TimeProvider clock)
{
    public async Task<(CooperationOffer? Offer, Dictionary<string, string[]> Errors)> CreateAsync(OfferDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
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

        if (string.IsNullOrWhiteSpace(draft.TitleUk) || string.IsNullOrWhiteSpace(draft.TitleEn) || draft.TitleUk.Length > 300 || draft.TitleEn.Length > 300)
        {
            errors["title"] = ["Titles in Ukrainian and English of 1 to 300 characters are required."];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (draft.ExpiresOn <= today)
        {
            errors["expiresOn"] = ["The expiry must be in the future."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var offer = new CooperationOffer
        {
            Key = Guid.NewGuid(),
            Direction = draft.Direction,
            Topic = draft.Topic,
            Area = draft.Area,
            SiteId = draft.SiteId,
            BusinessKey = draft.BusinessKey,
            TitleUk = draft.TitleUk.Trim(),
            TitleEn = draft.TitleEn.Trim(),
            DescriptionUk = draft.DescriptionUk,
            DescriptionEn = draft.DescriptionEn,
            ExpiresOn = draft.ExpiresOn,
            Published = draft.Published,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return (offer, errors);
    }
}
