using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>Managers update their business's profile; the activities are replaced in the same transaction.</summary>
public sealed class BusinessProfileEditing(CmsDbContext db, BusinessAccess access, BusinessProfileRules rules, TimeProvider clock)
{
    public async Task<CatalogResult<Business>> UpdateAsync(ICatalogActor actor, Guid businessId, BusinessProfileUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var allowed = await access.ManagedAsync(actor, businessId, cancellationToken);
        if (!allowed.Succeeded)
        {
            return allowed;
        }

        var errors = new CatalogErrors();
        var displayName = CatalogText.Line(errors, "displayName", update.DisplayName, CatalogText.NameMax, required: true);
        var contactEmail = CatalogText.Line(errors, "contactEmail", update.ContactEmail, CatalogText.EmailMax, required: true);
        if (contactEmail is not null && !CatalogText.IsEmail(contactEmail))
        {
            errors.Add("contactEmail", "An e-mail address.");
        }

        if (!Enum.IsDefined(update.SizeBand))
        {
            errors.Add("sizeBand", "micro, small, medium or large.");
        }

        var texts = rules.Texts(errors, update.Texts);
        var address = CatalogText.Line(errors, "address", update.Address, CatalogText.ShortMax);
        var website = rules.Website(errors, update.Website);
        var phone = rules.Phone(errors, update.ContactPhone);
        var founded = rules.FoundedYear(errors, update.FoundedYear);
        var markets = rules.Countries(errors, "exportMarkets", update.ExportMarkets);
        var certifications = rules.Certifications(errors, update.Certifications);
        var activities = rules.Activities(errors, update.KvedCodes);
        if (errors.Any)
        {
            return CatalogResult<Business>.Invalid(errors);
        }

        var business = await db.Set<Business>().Include(b => b.Activities).SingleAsync(b => b.Id == businessId, cancellationToken);
        business.DisplayName = displayName!;
        business.SearchName = $"{business.LegalName} {displayName}".ToLowerInvariant();
        business.Texts = texts;
        business.Address = address;
        business.Website = website;
        business.ContactEmail = contactEmail!.ToLowerInvariant();
        business.ContactPhone = phone;
        business.SizeBand = update.SizeBand;
        business.FoundedYear = founded;
        business.ExportMarkets = markets;
        business.IsExporting = markets.Count > 0;
        business.Certifications = certifications;
        business.LogoMediaKey = update.LogoMediaKey;
        business.UpdatedAt = clock.GetUtcNow();

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        db.RemoveRange(business.Activities.Where(a => activities.All(n => n.Division != a.Division)).ToList());
        foreach (var activity in activities)
        {
            var kept = business.Activities.FirstOrDefault(a => a.Division == activity.Division);
            if (kept is null)
            {
                activity.BusinessId = business.Id;
                business.Activities.Add(activity);
            }
            else
            {
                kept.IsPrimary = activity.IsPrimary;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CatalogResult<Business>.Ok(business);
    }
}
