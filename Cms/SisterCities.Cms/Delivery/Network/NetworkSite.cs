namespace SisterCities.Cms.Delivery.Network;

/// <summary>A site of the network as the public read API shows it.</summary>
/// <param name="Key">URL-safe key, e.g. <c>lviv</c>; use it as Start-Item.</param>
/// <param name="NameUk">Name in Ukrainian.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="KatottgCode">KATOTTG code of the hromada.</param>
/// <param name="OblastCode">KATOTTG code of the oblast.</param>
/// <param name="OblastNameUk">Oblast in Ukrainian.</param>
/// <param name="OblastNameEn">Oblast in English.</param>
/// <param name="Population">Population, where known.</param>
/// <param name="Latitude">Latitude of the centre.</param>
/// <param name="Longitude">Longitude of the centre.</param>
/// <param name="Cultures">Published cultures; the first is the default.</param>
/// <param name="Hostnames">Host names bound to the site.</param>
public sealed record NetworkSite(
    string Key,
    string NameUk,
    string NameEn,
    string? KatottgCode,
    string? OblastCode,
    string? OblastNameUk,
    string? OblastNameEn,
    int? Population,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> Cultures,
    IReadOnlyList<string> Hostnames);
