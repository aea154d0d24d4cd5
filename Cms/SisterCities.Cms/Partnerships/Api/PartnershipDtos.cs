namespace SisterCities.Cms.Partnerships.Api;

public sealed record PagedResult<T>(int Total, IReadOnlyList<T> Items);

public sealed record PartnerCityDto(
    Guid Id, string NameNative, string NameEn, string? NameUk, string Country, string CountryName, string? Region,
    double? Latitude, double? Longitude, string? Website);

public sealed record SiteRefDto(string Key, string NameUk, string NameEn);

public sealed record PartnerDto(string Kind, PartnerCityDto? City, SiteRefDto? Site);

public sealed record PartnershipDto(
    Guid Id, SiteRefDto Site, PartnerDto Partner, string Status, int? SinceYear, DateOnly? StartedOn, DateOnly? EndedOn,
    IReadOnlyList<string> Areas, IReadOnlyDictionary<string, string> Description, string? SourceUrl);
