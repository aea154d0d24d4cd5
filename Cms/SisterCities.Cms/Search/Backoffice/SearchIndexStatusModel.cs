namespace SisterCities.Cms.Search.Backoffice;

/// <summary>What the search index page shows: the live index, the feed position and the rebuild's progress.</summary>
public sealed record SearchIndexStatusModel(
    bool IsOpen,
    string? Folder,
    int Documents,
    long AppliedSeq,
    long FeedHead,
    bool NeedsRebuild,
    SearchRebuildProgress Rebuild);
