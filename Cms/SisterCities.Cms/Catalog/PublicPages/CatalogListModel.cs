using SisterCities.Cms.Media;
using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>A page of the business list or of the project list, with its filter form and paging links.</summary>
public sealed class CatalogListModel : PublicPageModel
{
    public const int PageSize = 12;

    public required CatalogWords Words { get; init; }

    public required bool IsProjects { get; init; }

    public required string Intro { get; init; }

    public IReadOnlyList<BusinessCard> Businesses { get; init; } = [];

    public IReadOnlyList<ProjectCard> Projects { get; init; } = [];

    public required IReadOnlyList<FilterChoice> Activities { get; init; }

    /// <summary>Empty where the filter makes no sense (a city site lists only its own Ukrainian businesses).</summary>
    public IReadOnlyList<FilterChoice> Countries { get; init; } = [];

    public IReadOnlyList<FilterChoice> Municipalities { get; init; } = [];

    public IReadOnlyList<FilterChoice> Stages { get; init; } = [];

    public string? Activity { get; init; }

    public string? Country { get; init; }

    public string? Municipality { get; init; }

    public string? Export { get; init; }

    public string? Stage { get; init; }

    public required int Total { get; init; }

    public required int PageNumber { get; init; }

    public required int PageCount { get; init; }

    public required Func<int, string> PageUrl { get; init; }

    public required string ListUrl { get; init; }

    public required string BusinessesUrl { get; init; }

    public required string ProjectsUrl { get; init; }

    /// <summary>The hub's catalog, linked from a city's catalog; null on the hub or where the hub's address is unknown.</summary>
    public string? NetworkUrl { get; init; }

    public bool Filtered => Activity is not null || Country is not null || Municipality is not null || Export is not null || Stage is not null;

    public override string? Description => Intro;
}

public sealed record FilterChoice(string Value, string Label);

public sealed record BusinessCard(string Name, string Url, string? Tagline, string Place, string Activities, bool Exporting, PublicImage? Logo);

public sealed record ProjectCard(string Title, string Url, string Sector, string Stage, string? Amount, string? Place);
