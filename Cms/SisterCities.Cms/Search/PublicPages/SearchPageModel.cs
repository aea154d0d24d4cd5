using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Search.PublicPages;

/// <summary>The theme's search page: this city by default, the whole network one click away.</summary>
public sealed class SearchPageModel : PublicPageModel
{
    public required string Query { get; init; }

    public required bool AllSites { get; init; }

    /// <summary>Null before anything was asked, or when the question was refused (see <see cref="Problem"/>).</summary>
    public SearchResponse? Response { get; init; }

    public string? Problem { get; init; }

    public required IReadOnlyList<SearchResultLink> Results { get; init; }

    public required string ThisSiteUrl { get; init; }

    public required string AllSitesUrl { get; init; }

    public string? DidYouMeanUrl { get; init; }

    public required Func<int, string> PageUrl { get; init; }

    public required SearchPageText Words { get; init; }

    public override string? Description => $"{Title}: {SiteName}. {Words.AllSites}.";
}

/// <summary>A hit with its link already made for this request (another city's hits link to that city's site).</summary>
public sealed record SearchResultLink(string Url, string TitleHtml, string SnippetHtml, string SiteName, string TypeLabel, DateTimeOffset? Date);

public sealed record SearchPageText(
    string Label, string Button, string ThisSite, string AllSites, string Found, string NothingFound, string DidYouMean, string Rebuilding, string Previous, string Next);
