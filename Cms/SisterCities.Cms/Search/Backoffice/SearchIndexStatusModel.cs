using System.Globalization;

namespace SisterCities.Cms.Search.Backoffice;

/// <summary>What the search index page shows: the live index, the feed position and the rebuild's progress.</summary>
public sealed record SearchIndexStatusModel(
    bool IsOpen,
    string? Folder,
    int Documents,
    long AppliedSeq,
    long FeedHead,
    bool NeedsRebuild,
    SearchRebuildProgress Rebuild)
{
    /// <summary>How many change-feed entries the index has not applied yet.</summary>
    public long Behind => Math.Max(0, FeedHead - AppliedSeq);

    // The page and the status endpoint word these the same way, so the live updates read like a fresh page.
    public string StateText => IsOpen ? (NeedsRebuild ? "Open, waiting for a rebuild" : "Open") : "Opening (loading the dictionary)";

    public string PositionText => $"{AppliedSeq} (feed head {FeedHead}{(Behind > 0 ? $", {Behind} behind" : ", up to date")})";

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
