namespace SisterCities.Cms.Catalog.Classification;

/// <summary>A KVED-2010 section (letter A–U) or division (two digits), with the section a division belongs to.</summary>
public sealed record KvedEntry(string Code, KvedLevel Level, string SectionCode, string NameUk, string NameEn)
{
    public string NameIn(string culture) => culture == "uk" ? NameUk : NameEn;
}
