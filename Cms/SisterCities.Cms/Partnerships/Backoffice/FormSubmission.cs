using SisterCities.Cms.Data;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// How every partnership screen, and the business portal's offer form, handles a posted form. When a value did not
/// even parse, only the rules run (nothing is written) so the user sees every problem at once; otherwise the write runs
/// in a transaction, which commits with the audit row the write recorded, or not at all.
/// </summary>
public static class FormSubmission
{
    /// <summary>The flow for a backoffice <see cref="EditForm"/>: errors land on the form, keyed by field.</summary>
    public static Task<bool> RunAsync(
        CmsDbContext db,
        EditForm form,
        IReadOnlyDictionary<string, string>? aliases,
        Func<CancellationToken, Task<Dictionary<string, string[]>>> validate,
        Func<CancellationToken, Task<Dictionary<string, string[]>>> write,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? writeAliases = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        return RunAsync(
            db,
            form.Errors.Count > 0,
            validate,
            errors => form.AddErrorsWhereNone(errors, aliases),
            write,
            errors => form.AddErrors(errors, writeAliases ?? aliases),
            cancellationToken);
    }

    /// <summary>
    /// The flow for a form that keeps its errors its own way: <paramref name="ruleErrors"/> takes the rules' errors when
    /// the form could not be read (<paramref name="unreadable"/>), <paramref name="writeErrors"/> the write's refusal.
    /// True when the write succeeded and was committed.
    /// </summary>
    public static async Task<bool> RunAsync(
        CmsDbContext db,
        bool unreadable,
        Func<CancellationToken, Task<Dictionary<string, string[]>>> validate,
        Action<Dictionary<string, string[]>> ruleErrors,
        Func<CancellationToken, Task<Dictionary<string, string[]>>> write,
        Action<Dictionary<string, string[]>> writeErrors,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(validate);
        ArgumentNullException.ThrowIfNull(ruleErrors);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(writeErrors);
        if (unreadable)
        {
            ruleErrors(await validate(cancellationToken));
            return false;
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var errors = await write(cancellationToken);
        if (errors.Count > 0)
        {
            writeErrors(errors);
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A change without a form (end today, withdraw): it and the audit row it records commit together.</summary>
    public static async Task CommitAsync(CmsDbContext db, Func<CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        await change(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
