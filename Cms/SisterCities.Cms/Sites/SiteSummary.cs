namespace SisterCities.Cms.Sites;

/// <summary>What request handling needs of a site, kept in memory by <see cref="SiteDirectory"/>.</summary>
public sealed record SiteSummary(
    int Id,
    string Key,
    string NameUk,
    string NameEn,
    string? OblastNameUk,
    string? OblastNameEn,
    IReadOnlyList<string> Cultures,
    string Theme,
    string ThemeSettings,
    IReadOnlyList<string> Hostnames)
{
    public string DefaultCulture => Cultures[0];

    public bool HasCulture(string culture) => Cultures.Contains(culture, StringComparer.Ordinal);

    public string NameIn(string culture) => culture == "uk" ? NameUk : NameEn;

    public string? OblastIn(string culture) => culture == "uk" ? OblastNameUk : OblastNameEn;
}
