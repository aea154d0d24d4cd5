using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Search.Backoffice;

/// <summary>
/// The JSON of <c>GET /backoffice/search-index/status</c>: the same facts as the page, as data, plus the page's wording
/// of the state, the feed position and the rebuild times (Kyiv time), so the page script shows exactly what a reload would.
/// </summary>
public sealed record SearchIndexStatusResponse(
    bool IsOpen,
    bool NeedsRebuild,
    string State,
    string? Folder,
    int Documents,
    long AppliedSeq,
    long FeedHead,
    long Behind,
    string Position,
    SearchRebuildStatusResponse Rebuild)
{
    public static SearchIndexStatusResponse From(SearchIndexStatusModel model)
    {
        var rebuild = model.Rebuild;
        return new SearchIndexStatusResponse(
            model.IsOpen, model.NeedsRebuild, model.StateText, model.Folder, model.Documents, model.AppliedSeq, model.FeedHead, model.Behind, model.PositionText,
            new SearchRebuildStatusResponse(
                rebuild.Running,
                rebuild.Indexed,
                rebuild.StartedAt,
                rebuild.StartedAt is { } started ? KyivTime.Format(started) : null,
                rebuild.FinishedAt,
                rebuild.FinishedAt is { } finished ? KyivTime.Format(finished) : null,
                rebuild.Error));
    }
}
