namespace SisterCities.Cms.Partnerships;

/// <summary>
/// Ukrainian names of the countries the network's partners are in (.NET's ICU data gives English and native
/// names only). A country missing here is shown by its English name.
/// </summary>
public static class CountryNamesUk
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["AL"] = "Албанія",
        ["AM"] = "Вірменія",
        ["AR"] = "Аргентина",
        ["AT"] = "Австрія",
        ["AU"] = "Австралія",
        ["AZ"] = "Азербайджан",
        ["BA"] = "Боснія і Герцеговина",
        ["BE"] = "Бельгія",
        ["BG"] = "Болгарія",
        ["BR"] = "Бразилія",
        ["CA"] = "Канада",
        ["CH"] = "Швейцарія",
        ["CN"] = "Китай",
        ["CY"] = "Кіпр",
        ["CZ"] = "Чехія",
        ["DE"] = "Німеччина",
        ["DK"] = "Данія",
        ["EE"] = "Естонія",
        ["ES"] = "Іспанія",
        ["FI"] = "Фінляндія",
        ["FR"] = "Франція",
        ["GB"] = "Велика Британія",
        ["GE"] = "Грузія",
        ["GR"] = "Греція",
        ["HR"] = "Хорватія",
        ["HU"] = "Угорщина",
        ["IE"] = "Ірландія",
        ["IL"] = "Ізраїль",
        ["IN"] = "Індія",
        ["IS"] = "Ісландія",
        ["IT"] = "Італія",
        ["JE"] = "Джерсі",
        ["JP"] = "Японія",
        ["KR"] = "Південна Корея",
        ["KZ"] = "Казахстан",
        ["LT"] = "Литва",
        ["LU"] = "Люксембург",
        ["LV"] = "Латвія",
        ["MD"] = "Молдова",
        ["ME"] = "Чорногорія",
        ["MK"] = "Північна Македонія",
        ["MT"] = "Мальта",
        ["MX"] = "Мексика",
        ["NL"] = "Нідерланди",
        ["NO"] = "Норвегія",
        ["PL"] = "Польща",
        ["PT"] = "Португалія",
        ["RO"] = "Румунія",
        ["RS"] = "Сербія",
        ["SE"] = "Швеція",
        ["SI"] = "Словенія",
        ["SK"] = "Словаччина",
        ["TR"] = "Туреччина",
        ["UA"] = "Україна",
        ["US"] = "США",
        ["UZ"] = "Узбекистан",
    };

    public static string NameIn(string countryCode, string culture) =>
        culture == "uk" && Names.TryGetValue(countryCode, out var uk) ? uk : CountryCodes.EnglishName(countryCode);
}
