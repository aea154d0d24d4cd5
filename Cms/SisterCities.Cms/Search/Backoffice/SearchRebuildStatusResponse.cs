namespace SisterCities.Cms.Search.Backoffice;

/// <summary>The rebuild part of <see cref="SearchIndexStatusResponse"/>: <see cref="SearchRebuilder.Progress"/>, times in UTC and as the page shows them.</summary>
public sealed record SearchRebuildStatusResponse(
    bool Running,
    int Indexed,
    DateTimeOffset? StartedAt,
    string? StartedAtKyiv,
    DateTimeOffset? FinishedAt,
    string? FinishedAtKyiv,
    string? Error);
