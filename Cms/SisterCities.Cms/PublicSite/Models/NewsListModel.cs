namespace SisterCities.Cms.PublicSite.Models;

/// <summary>One page of a news list, newest first.</summary>
public sealed class NewsListModel : ContentPageModel
{
    public const int PageSize = 10;

    public IReadOnlyList<ContentLink> Articles { get; init; } = [];

    public required int PageNumber { get; init; }

    public required int PageCount { get; init; }

    /// <summary>The app-relative URL of page <c>n</c> of this list.</summary>
    public required Func<int, string> PageUrl { get; init; }

    /// <summary>The archive: every month with news, newest first.</summary>
    public IReadOnlyList<NewsMonth> Months { get; init; } = [];

    /// <summary>The month the list is filtered to (<c>?month=2026-11</c>), or null for all news.</summary>
    public NewsMonth? SelectedMonth { get; init; }

    /// <summary>The app-relative URL of the unfiltered list.</summary>
    public required string ListUrl { get; init; }

    public required Func<NewsMonth, string> MonthUrl { get; init; }

    public string MonthLabel(NewsMonth month) => PublicDates.MonthAndYear(month.Year, month.Month, Culture);

    public override string DocumentTitle =>
        string.Join(" — ", new[]
        {
            Title,
            SelectedMonth is null ? null : MonthLabel(SelectedMonth),
            PageNumber == 1 ? null : Format(Text.PageNumber, PageNumber),
            SiteName,
        }.Where(part => part is not null));
}
