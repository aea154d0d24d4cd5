namespace SisterCities.Cms.Catalog.Api;

/// <summary>A municipality of the network as the catalog API shows it.</summary>
public sealed record SiteRef(string Key, string Name);
