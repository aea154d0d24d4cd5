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

    public override string DocumentTitle =>
        PageNumber == 1 ? base.DocumentTitle : $"{Title} — {Format(Text.PageNumber, PageNumber)} — {SiteName}";
}
