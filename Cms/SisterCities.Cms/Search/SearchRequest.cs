namespace SisterCities.Cms.Search;

/// <summary>What a search asks for: words plus optional exact filters. Validated by <see cref="SearchRequestValidation"/>.</summary>
public sealed record SearchRequest(
    string? Query,
    string? Site = null,
    string? Type = null,
    string? Activity = null,
    string? Country = null,
    string? Culture = null,
    int Page = 1);
