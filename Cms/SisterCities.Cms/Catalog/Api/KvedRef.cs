namespace SisterCities.Cms.Catalog.Api;

public sealed record KvedRef(string Code, string Section, string Name);
