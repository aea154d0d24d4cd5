using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// A manager of a <see cref="VerificationState.Rejected"/> business corrects its legal name and registration code
/// (EDRPOU, or the registration number of a foreign business) before submitting it again, with the same checks as
/// registration (<see cref="BusinessIdentityRules"/>). Only while Rejected: a pending business is in a moderator's
/// hands (what they check against the state register must be what they verify), and a verified one's identity is
/// what the moderators vouched for. Each correction is a history row with the old and new values, so the
/// moderator sees what changed since the rejection; the row and the change commit together.
/// </summary>
public sealed class BusinessIdentityCorrection(
    CmsDbContext db, BusinessAccess access, BusinessIdentityRules rules, BusinessModerationHistory history, TimeProvider clock)
{
    public const string NotWhilePending =
        "Бізнес чекає на рішення модератора, тож юридичну назву й код зараз не змінити. / The business is waiting for a moderator, so its legal name and code cannot change now.";

    public const string NotWhenVerified =
        "Юридичну назву й код перевіреного бізнесу змінюють лише через модераторів: напишіть їм. / The legal name and code of a verified business change only through the moderators: write to them.";

    public const string ChangedMeanwhile =
        "Бізнес тим часом змінився; відкрийте профіль ще раз. / The business changed meanwhile; open the profile again.";

    public async Task<CatalogResult<Business>> CorrectAsync(ICatalogActor actor, Guid businessId, BusinessIdentityUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var allowed = await access.ManagedAsync(actor, businessId, cancellationToken);
        if (!allowed.Succeeded)
        {
            return allowed;
        }

        var current = allowed.Value!;
        if (current.State != VerificationState.Rejected)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "state", current.State == VerificationState.Pending ? NotWhilePending : NotWhenVerified);
        }

        var errors = new CatalogErrors();
        var legalName = BusinessIdentityRules.LegalName(errors, update.LegalName);
        var edrpou = current.Edrpou;
        var foreignNumber = current.ForeignRegistrationNumber;
        if (current.CountryCode == IsoCountries.Ukraine)
        {
            edrpou = BusinessIdentityRules.Edrpou(errors, update.Edrpou);
        }
        else
        {
            foreignNumber = BusinessIdentityRules.ForeignRegistrationNumber(errors, update.ForeignRegistrationNumber);
        }

        if (errors.Any)
        {
            return CatalogResult<Business>.Invalid(errors);
        }

        var changes = Changes(current, legalName!, edrpou, foreignNumber);
        if (changes.Count == 0)
        {
            return CatalogResult<Business>.Ok(current);
        }

        var edrpouChanged = edrpou != current.Edrpou;
        if (edrpouChanged && await rules.EdrpouTakenAsync(edrpou!, businessId, cancellationToken))
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "edrpou", BusinessIdentityRules.DuplicateEdrpou);
        }

        // Compare-and-set inside the transaction: only if the business is still rejected and still has the identity
        // read above, so a moderator's concurrent decision or a second correction is not overwritten, and the "old"
        // values in the history row are exactly the ones replaced.
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var claimed = await db.Set<Business>()
            .Where(b => b.Id == businessId && b.State == VerificationState.Rejected && b.LegalName == current.LegalName
                && b.Edrpou == current.Edrpou && b.ForeignRegistrationNumber == current.ForeignRegistrationNumber)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.State, VerificationState.Rejected), cancellationToken);
        if (claimed == 0)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "state", ChangedMeanwhile);
        }

        var business = await db.Set<Business>().SingleAsync(b => b.Id == businessId, cancellationToken);
        business.LegalName = legalName!;
        business.SearchName = $"{legalName} {business.DisplayName}".ToLowerInvariant();
        business.Edrpou = edrpou;
        business.ForeignRegistrationNumber = foreignNumber;
        business.UpdatedAt = clock.GetUtcNow();
        await history.RecordAsync(actor, business, BusinessModerationHistory.IdentityCorrected, string.Join('\n', changes), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (edrpouChanged)
        {
            // Another business took the code between the check and the save: the unique index decides.
            db.ChangeTracker.Clear();
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "edrpou", BusinessIdentityRules.DuplicateEdrpou);
        }

        await transaction.CommitAsync(cancellationToken);
        return CatalogResult<Business>.Ok(business);
    }

    /// <summary>One line per changed field, "label: old → new", in Ukrainian and English like the moderators' mail.</summary>
    private static List<string> Changes(Business current, string legalName, string? edrpou, string? foreignNumber)
    {
        var lines = new List<string>();
        if (legalName != current.LegalName)
        {
            lines.Add($"Юридична назва / Legal name: «{current.LegalName}» → «{legalName}»");
        }

        if (edrpou != current.Edrpou)
        {
            lines.Add($"ЄДРПОУ / EDRPOU: {current.Edrpou} → {edrpou}");
        }

        if (foreignNumber != current.ForeignRegistrationNumber)
        {
            lines.Add($"Реєстраційний номер / Registration number: {current.ForeignRegistrationNumber} → {foreignNumber}");
        }

        return lines;
    }
}
