namespace SisterCities.Cms.Catalog;

/// <summary>How a catalog command ended; endpoints map each to an HTTP status (see <c>CatalogProblems</c>).</summary>
public enum CatalogOutcome
{
    Ok,

    /// <summary>Input broke a rule (422); <see cref="CatalogResult{T}.Errors"/> says which field.</summary>
    Invalid,

    NotFound,

    /// <summary>The actor may not do this to this record (403).</summary>
    Forbidden,

    /// <summary>Clashes with existing data or the record's state (409): a duplicate EDRPOU, verifying a suspended business.</summary>
    Conflict,

    /// <summary>A rate limit was reached (429).</summary>
    TooManyRequests,
}
