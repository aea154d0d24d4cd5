using System.Text.Json.Nodes;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice.Models;

/// <summary>One culture of one item in the editor, with what the user may do to it.</summary>
public sealed class EditModel
{
    public required SiteSummary Site { get; init; }

    public required ContentItem Item { get; init; }

    public required ContentType Type { get; init; }

    public required ContentVariant Variant { get; init; }

    public required SiteRole Role { get; init; }

    /// <summary>The form's values: the stored draft, or what the user sent when it has to be shown again.</summary>
    public required string Name { get; set; }

    public required JsonObject Values { get; set; }

    public long? BaseVersionId { get; set; }

    public int Revision { get; set; }

    public EditLock? OtherEditor { get; init; }

    public IReadOnlyList<ScheduledAction> Schedules { get; init; } = [];

    /// <summary>Items this one may be moved under (same site, type allows it, not itself or below itself).</summary>
    public IReadOnlyList<(Guid Key, string Name)> MoveTargets { get; init; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    public string? Notice { get; set; }

    public string? PreviewUrl { get; set; }

    /// <summary>On the conflict page: per field, what changed between the version the user started from and the stored one.</summary>
    public IReadOnlyList<(string Field, IReadOnlyList<DiffPiece> Diff)> Changes { get; set; } = [];

    public bool IsConflict { get; set; }

    public string ValueText(string alias) => Values.TryGetPropertyValue(alias, out var node) ? ContentFormValues.ToText(node) : "";
}
