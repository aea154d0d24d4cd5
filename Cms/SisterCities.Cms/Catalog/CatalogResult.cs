namespace SisterCities.Cms.Catalog;

/// <summary>The result of a catalog command: a value, or an outcome with field errors for problem details.</summary>
public sealed record CatalogResult<T>(CatalogOutcome Outcome, T? Value, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public bool Succeeded => Outcome == CatalogOutcome.Ok;

    public static CatalogResult<T> Ok(T value) => new(CatalogOutcome.Ok, value, NoErrors);

    public static CatalogResult<T> Fail(CatalogOutcome outcome, string field, string message) =>
        new(outcome, default, new Dictionary<string, string[]> { [field] = [message] });

    public static CatalogResult<T> Invalid(CatalogErrors errors) => new(CatalogOutcome.Invalid, default, errors.ToDictionary());
}
