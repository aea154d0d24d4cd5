namespace SisterCities.Cms.Sites.Import;

/// <summary>The identity a codifier municipality gets as a site: key, names in uk and en, oblast, codes.</summary>
public sealed record PlannedSite(
    string Key,
    string NameUk,
    string NameEn,
    string HromadaNameUk,
    string KatottgCode,
    string OblastCode,
    string OblastNameUk,
    string OblastNameEn,
    bool IsOblastCentre,
    CodifierHromada Source)
{
    public string Hostname => Key + ".localhost";
}
