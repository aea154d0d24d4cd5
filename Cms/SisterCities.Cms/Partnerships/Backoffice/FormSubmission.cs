using SisterCities.Cms.Data;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// How every partnership screen handles a posted form. When a value did not even parse, only the rules run (nothing is
/// written) so the editor sees every problem at once; otherwise the write runs in a transaction, which commits with the
/// audit row the write recorded, or not at all. Errors land on the form, keyed by field.
/// </summary>
public static class FormSubmission
{
    public static async Task<bool> RunAsync(
        CmsDbContext db,
        EditForm form,
        IReadOnlyDictionary<string, string>? aliases,
        Func<CancellationToken, Task<Dictionary<string, string[]>>> validate,
        Func<CancellationToken, Task<Dictionary<string, string[]>>> write,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? writeAliases = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validate);
        ArgumentNullException.ThrowIfNull(write);
        if (form.Errors.Count > 0)
        {
            form.AddErrorsWhereNone(await validate(cancellationToken), aliases);
            return false;
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var errors = await write(cancellationToken);
        if (errors.Count > 0)
        {
            form.AddErrors(errors, writeAliases ?? aliases);
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
