namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// A real hromada from the KATOTTG codifier (Cms/SisterCities.Cms/OpenData/katottg-2025-07-02.csv) as test input; the
/// news title is clearly a test text, never presented as real news.
/// </summary>
public sealed record TestCitySite(
    string Key, string KatottgCode, string NameUk, string NameEn, string OblastNameUk, string OblastNameEn, string NewsTitleUk, string NewsTitleEn)
{
    public static readonly TestCitySite Lviv = new(
        "lviv", "UA46060250000025047", "Львівська міська громада", "Lviv city hromada",
        "Львівська область", "Lviv Oblast", "Тестова новина Львівської громади", "Test news of the Lviv hromada");

    public static readonly TestCitySite Kharkiv = new(
        "kharkiv", "UA63120270000028556", "Харківська міська громада", "Kharkiv city hromada",
        "Харківська область", "Kharkiv Oblast", "Тестова новина Харківської громади", "Test news of the Kharkiv hromada");

    /// <summary>The host name a browser opens: browsers resolve every <c>*.localhost</c> name to this machine.</summary>
    public string Hostname => Key + ".localhost";
}
