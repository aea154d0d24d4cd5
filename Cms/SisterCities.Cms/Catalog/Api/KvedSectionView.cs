namespace SisterCities.Cms.Catalog.Api;

public sealed record KvedSectionView(string Code, string Name, IReadOnlyList<KvedRef> Divisions);
