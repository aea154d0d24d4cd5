using SisterCities.Cms.Content;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice.Models;

/// <summary>Every version of one culture of an item, newest first, and optionally a diff between two of them.</summary>
public sealed record HistoryModel(
    SiteSummary Site,
    Guid Key,
    string Culture,
    string Name,
    int Revision,
    long? DraftVersionId,
    long? PublishedVersionId,
    IReadOnlyList<ContentVersion> Versions,
    ContentVersion? From,
    ContentVersion? To,
    IReadOnlyList<(string Field, IReadOnlyList<DiffPiece> Diff)> Diff);
