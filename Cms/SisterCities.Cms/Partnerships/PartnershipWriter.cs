using SisterCities.Cms.Data;

namespace SisterCities.Cms.Partnerships;

/// <summary>Creates and changes partnerships after <see cref="PartnershipRules"/> agree; one SaveChanges each.</summary>
public sealed class PartnershipWriter(CmsDbContext db, PartnershipRules rules, TimeProvider clock)
{
    public async Task<PartnershipWriteResult> CreateAsync(PartnershipDraft draft, CancellationToken cancellationToken)
    {
        var errors = await rules.ValidateAsync(draft, null, cancellationToken);
        if (errors.Count > 0)
        {
            return new PartnershipWriteResult(null, errors);
        }

        var now = clock.GetUtcNow();
        var partnership = new Partnership
        {
            Key = Guid.NewGuid(),
            CreatedAt = now,
        };
        Apply(partnership, draft, now);
        db.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return new PartnershipWriteResult(partnership, errors);
    }

    public async Task<PartnershipWriteResult> UpdateAsync(Partnership partnership, PartnershipDraft draft, CancellationToken cancellationToken)
    {
        var errors = await rules.ValidateAsync(draft, partnership.Id, cancellationToken);
        if (errors.Count > 0)
        {
            return new PartnershipWriteResult(null, errors);
        }

        Apply(partnership, draft, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new PartnershipWriteResult(partnership, errors);
    }

    private static void Apply(Partnership partnership, PartnershipDraft draft, DateTimeOffset now)
    {
        partnership.SiteId = draft.SiteId;
        partnership.PartnerCityId = draft.PartnerCityId;
        partnership.PartnerSiteId = draft.PartnerSiteId;
        partnership.Status = draft.Status;
        partnership.SinceYear = draft.SinceYear;
        partnership.StartedOn = draft.StartedOn;
        partnership.EndedOn = draft.EndedOn;
        partnership.Areas = [.. draft.Areas.Distinct(StringComparer.Ordinal)];
        partnership.DescriptionUk = draft.DescriptionUk;
        partnership.DescriptionEn = draft.DescriptionEn;
        partnership.SourceUrl = draft.SourceUrl;
        partnership.AgreementMediaKey = draft.AgreementMediaKey;
        partnership.ContactName = draft.ContactName;
        partnership.ContactEmail = draft.ContactEmail;
        partnership.ContactPhone = draft.ContactPhone;
        partnership.LinkedNewsKeys = [.. draft.LinkedNewsKeys.Distinct()];
        partnership.UpdatedAt = now;
    }
}

public sealed record PartnershipWriteResult(Partnership? Partnership, Dictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
