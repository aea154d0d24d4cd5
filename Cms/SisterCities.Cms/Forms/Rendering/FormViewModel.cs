using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Rendering;

/// <summary>
/// Everything a theme needs to draw one step of a form. Built by <see cref="FormViewModelFactory"/>, drawn by
/// <see cref="FormHtmlWriter"/> (or the partial <c>Views/Shared/Forms/_Form.cshtml</c>).
/// </summary>
public sealed record FormViewModel
{
    public required Guid FormKey { get; init; }

    public required string Name { get; init; }

    public required string Culture { get; init; }

    /// <summary>The form's POST address (site path prefix included).</summary>
    public required string Action { get; init; }

    public required FormSchema Schema { get; init; }

    /// <summary>The page shown; equal to the page count for the summary page.</summary>
    public required int Page { get; init; }

    public required IReadOnlySet<string> Visible { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; }

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public required string SealedState { get; init; }

    public required string AntiforgeryFieldName { get; init; }

    public required string AntiforgeryToken { get; init; }

    /// <summary>A message for the whole form (e.g. "sent too quickly"), shown in the error summary.</summary>
    public string? FormError { get; init; }

    public bool IsSummary => Schema.ShowSummaryPage && Page == Schema.Pages.Count;

    public bool IsLastStep => IsSummary || (Page == Schema.Pages.Count - 1 && !Schema.ShowSummaryPage);
}
