namespace SisterCities.Cms.Search.Sources;

/// <summary>Where a catalog row is: a network site (key and names), or a foreign city (no site key, its name twice).</summary>
public sealed record CatalogPlace(string SiteKey, string NameUk, string NameEn)
{
    public string Name(string culture) => culture == "uk" ? NameUk : NameEn;
}
