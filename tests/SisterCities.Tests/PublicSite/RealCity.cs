namespace SisterCities.Tests.PublicSite;

/// <summary>Real hromadas from Cms/SisterCities.Cms/OpenData/katottg-2025-07-02.csv (codes checked against the file).</summary>
public sealed record RealCity(string Key, string KatottgCode, string NameUk, string NameEn, string OblastCode, string OblastUk, string OblastEn)
{
    /// <summary>Row "UA46000000000026241;UA46060000000042587;UA46060250000025047;;;H;Львівська".</summary>
    public static RealCity Lviv { get; } = new("lviv", "UA46060250000025047", "Львів", "Lviv", "UA46000000000026241", "Львівська область", "Lviv Oblast");

    /// <summary>Row "UA63000000000041885;UA63120000000091135;UA63120270000028556;;;H;Харківська".</summary>
    public static RealCity Kharkiv { get; } = new("kharkiv", "UA63120270000028556", "Харків", "Kharkiv", "UA63000000000041885", "Харківська область", "Kharkiv Oblast");

    public string Host => Key + ".localhost";
}
