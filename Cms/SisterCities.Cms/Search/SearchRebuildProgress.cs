namespace SisterCities.Cms.Search;

/// <summary>Where a rebuild stands, for the log, the CLI and (later) the backoffice button.</summary>
public sealed record SearchRebuildProgress(bool Running, int Indexed, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    public static SearchRebuildProgress Idle { get; } = new(false, 0, null, null, null);
}
