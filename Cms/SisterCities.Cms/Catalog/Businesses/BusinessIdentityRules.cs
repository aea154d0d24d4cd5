using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// The checks on a business's legal identity (legal name, EDRPOU, foreign registration number), shared by
/// registration and by the correction of a rejected business (<see cref="BusinessIdentityCorrection"/>), so both
/// refuse exactly the same input with the same messages.
/// </summary>
public sealed class BusinessIdentityRules(CmsDbContext db)
{
    public const int ForeignRegistrationNumberMax = 64;

    public const string InvalidEdrpou =
        "Вісім цифр із правильною контрольною цифрою (код ЄДРПОУ з державного реєстру). / Eight digits with a correct control digit (the EDRPOU code from the state register).";

    public const string DuplicateEdrpou =
        "Бізнес із цим кодом ЄДРПОУ вже зареєстровано. / A business with this EDRPOU is already registered.";

    public static string? LegalName(CatalogErrors errors, string? value) =>
        CatalogText.Line(errors, "legalName", value, CatalogText.NameMax, required: true);

    /// <summary>The trimmed code if it is eight digits with the official control digit (<see cref="Classification.Edrpou"/>); otherwise an error on <c>edrpou</c>.</summary>
    public static string? Edrpou(CatalogErrors errors, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var code = value?.Trim();
        if (!Classification.Edrpou.IsValid(code))
        {
            errors.Add("edrpou", InvalidEdrpou);
            return null;
        }

        return code;
    }

    public static string? ForeignRegistrationNumber(CatalogErrors errors, string? value) =>
        CatalogText.Line(errors, "foreignRegistrationNumber", value, ForeignRegistrationNumberMax, required: true);

    /// <summary>
    /// Whether another business already has <paramref name="edrpou"/> (one EDRPOU, one business in the catalog).
    /// The unique index decides a race between two writers; this check gives the usual case its clear message.
    /// </summary>
    public Task<bool> EdrpouTakenAsync(string edrpou, Guid? exceptBusinessId, CancellationToken cancellationToken) =>
        db.Set<Business>().AnyAsync(b => b.Edrpou == edrpou && b.Id != exceptBusinessId, cancellationToken);
}
