using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Partnerships.PublicPages;

/// <summary>The hub's directory of every public partnership, and the cities looking for partners.</summary>
public sealed class PartnershipDirectoryModel : PublicPageModel
{
    public required IReadOnlyList<DirectoryRow> Rows { get; init; }

    public required IReadOnlyList<(string Code, string Name)> Countries { get; init; }

    public required IReadOnlyList<(string Code, string Name)> Areas { get; init; }

    public string? Country { get; init; }

    public string? Area { get; init; }

    public required IReadOnlyList<SeekingRow> Seeking { get; init; }

    public required DirectoryText Words { get; init; }

    public override string? Description => Words.Intro;
}

public sealed record DirectoryRow(string City, string? CityUrl, string Partner, string Country, int? SinceYear, IReadOnlyList<string> Areas);

public sealed record SeekingRow(string City, string? CityUrl, string Title, string Area, DateOnly ExpiresOn, string AnswerUrl);

public sealed record DirectoryText(
    string Intro, string Country, string Area, string Any, string Filter, string UkrainianCity, string PartnerCity, string Since, string AreasHeading,
    string Seeking, string Until, string Count, string None);
