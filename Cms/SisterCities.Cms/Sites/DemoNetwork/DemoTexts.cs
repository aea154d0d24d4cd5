using System.Text.Json.Nodes;
using SisterCities.Cms.Content;

namespace SisterCities.Cms.Sites.DemoNetwork;

/// <summary>
/// The words of the demo network. Every text says plainly that it is demonstration content made by the seed,
/// and none states a fact about the city beyond its name, hromada and oblast from the codifier.
/// </summary>
internal static class DemoTexts
{
    public const string NewsSlug = "news";

    public static Dictionary<string, ContentDraft> Home(Site site)
    {
        var whereUk = site.HromadaNameUk is null ? "місто зі спеціальним статусом" : $"{site.HromadaNameUk} територіальна громада, {site.OblastNameUk}";
        var whereEn = site.HromadaNameUk is null ? "a city with special status" : $"{Text.UkrainianTransliteration.ToLatin(site.HromadaNameUk)} hromada, {site.OblastNameEn}";
        return new()
        {
            ["uk"] = new(site.NameUk, null, new JsonObject
            {
                ["intro"] = $"Це демонстраційний сайт мережі SisterCities: {site.NameUk} ({whereUk}). "
                    + "Увесь вміст тут демонстраційний: його створено автоматично, щоб показати, як працює мережа, і він не є офіційною інформацією громади.",
                ["body"] = Paragraphs(
                    $"Назви громади й області взято з Кодифікатора адміністративно-територіальних одиниць (КАТОТТГ), код {site.KatottgCode}.",
                    "Новини й сторінки послуг на цьому сайті позначено як демонстраційні. Редактори громади замінять їх власними матеріалами."),
            }),
            ["en"] = new(site.NameEn, null, new JsonObject
            {
                ["intro"] = $"This is a demo site of the SisterCities network for {site.NameEn} ({whereEn}). "
                    + "All content here is demo content, generated automatically to show how the network works; it is not official information of the community.",
                ["body"] = Paragraphs(
                    $"The names of the community and its oblast come from Ukraine's codifier of administrative-territorial units (KATOTTG), code {site.KatottgCode}.",
                    "The news and service pages on this site are labelled as demo content. The community's editors will replace them with their own."),
            }),
        };
    }

    public static Dictionary<string, ContentDraft> NewsList() => new()
    {
        ["uk"] = new("Новини", NewsSlug, new JsonObject { ["intro"] = "Демонстраційні новини громади." }),
        ["en"] = new("News", NewsSlug, new JsonObject { ["intro"] = "Demo news of the community." }),
    };

    /// <summary>The three demo articles, each with the same story in both cultures.</summary>
    public static IReadOnlyList<Dictionary<string, ContentDraft>> Articles(Site site) =>
    [
        Article(
            $"Демо: {site.NameUk} у мережі SisterCities",
            "Демонстраційна новина: сайт громади створено в мережі SisterCities.",
            $"Це демонстраційна новина. Сайт «{site.NameUk}» створено автоматично під час першого запуску мережі SisterCities, щоб показати, як громада публікує новини українською та англійською.",
            $"Demo: {site.NameEn} in the SisterCities network",
            "Demo news: the community's site was created in the SisterCities network.",
            $"This is a demo news item. The {site.NameEn} site was created automatically when the SisterCities network first started, to show how a community publishes news in Ukrainian and English."),
        Article(
            "Демо: як редактори публікують новини",
            "Демонстраційна новина про те, як працює редакційний процес.",
            "Це демонстраційна новина. Автор готує чернетку, редактор переглядає її й публікує; кожне збереження стає окремою версією, яку можна переглянути або відновити.",
            "Demo: how editors publish news",
            "Demo news about how the editorial workflow works.",
            "This is a demo news item. An author drafts an article, an editor reviews and publishes it; every save becomes a version that can be compared or restored."),
        Article(
            "Демо: міста-побратими та партнери",
            "Демонстраційна новина про розділ партнерств мережі.",
            "Це демонстраційна новина. У мережі SisterCities громади показують своїх партнерів за кордоном і шукають нових; справжні партнерства додають редактори громади.",
            "Demo: sister cities and partners",
            "Demo news about the network's partnerships section.",
            "This is a demo news item. In the SisterCities network, communities show their partners abroad and look for new ones; real partnerships are added by the community's editors."),
    ];

    public static IReadOnlyList<Dictionary<string, ContentDraft>> Services() =>
    [
        Service(
            "Адміністративні послуги", "Демонстраційна сторінка: де громада розповідає про свої адміністративні послуги.",
            "Демонстраційна сторінка. Тут громада описує адміністративні послуги, які надає, і як їх отримати.",
            "Administrative services", "Demo page: where the community describes its administrative services.",
            "Demo page. Here the community describes the administrative services it provides and how to obtain them."),
        Service(
            "Звернення до ради громади", "Демонстраційна сторінка: як звернутися до ради громади.",
            "Демонстраційна сторінка. Тут громада пояснює, як подати звернення до ради; контакти додадуть редактори громади.",
            "Contact the community council", "Demo page: how to contact the community council.",
            "Demo page. Here the community explains how to send a request to its council; the editors will add the contacts."),
    ];

    private static Dictionary<string, ContentDraft> Article(string titleUk, string summaryUk, string bodyUk, string titleEn, string summaryEn, string bodyEn) => new()
    {
        ["uk"] = new(titleUk, null, new JsonObject { ["summary"] = summaryUk, ["body"] = Paragraphs(bodyUk), ["isDemo"] = true }),
        ["en"] = new(titleEn, null, new JsonObject { ["summary"] = summaryEn, ["body"] = Paragraphs(bodyEn), ["isDemo"] = true }),
    };

    private static Dictionary<string, ContentDraft> Service(string nameUk, string summaryUk, string bodyUk, string nameEn, string summaryEn, string bodyEn) => new()
    {
        ["uk"] = new(nameUk, null, new JsonObject { ["summary"] = summaryUk, ["body"] = Paragraphs(bodyUk) }),
        ["en"] = new(nameEn, null, new JsonObject { ["summary"] = summaryEn, ["body"] = Paragraphs(bodyEn) }),
    };

    private static string Paragraphs(params string[] texts) =>
        // Only the markup characters are escaped: the texts are Ukrainian and should stay readable in the JSON.
        string.Concat(texts.Select(t => "<p>" + t.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal) + "</p>"));
}
