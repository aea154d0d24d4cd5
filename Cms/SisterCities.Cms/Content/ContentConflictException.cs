namespace SisterCities.Cms.Content;

/// <summary>A save was based on an older revision than the stored one; the caller shows a 409 and keeps the user's text.</summary>
public sealed class ContentConflictException(Guid key, string culture, int expectedRevision, int actualRevision)
    : Exception($"Content {key} ({culture}) is at revision {actualRevision}, the save was based on {expectedRevision}.")
{
    public Guid Key { get; } = key;

    public string Culture { get; } = culture;

    public int ExpectedRevision { get; } = expectedRevision;

    public int ActualRevision { get; } = actualRevision;
}
