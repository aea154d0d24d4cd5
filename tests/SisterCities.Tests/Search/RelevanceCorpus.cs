using System.Globalization;
using SisterCities.Cms.Search;
using SisterCities.Cms.Text;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

/// <summary>
/// Search documents built from real open data: a page for every city (and Kyiv) of the KATOTTG codifier, and
/// business-like documents combining a real municipality with a real KVED-2010 division (clearly test data).
/// </summary>
public static class RelevanceCorpus
{
    private static readonly string DataFolder = RepoPaths.OpenData;

    private static readonly Lazy<List<SearchDocument>> Built = new(Build);

    public static IReadOnlyList<SearchDocument> Documents => Built.Value;

    public static string CityId(string name) => "city:" + name;

    public static string BusinessId(string city, string division) => $"business:{city}:{division}";

    private static List<SearchDocument> Build()
    {
        var rows = File.ReadLines(Path.Combine(DataFolder, "katottg-2025-07-02.csv")).Skip(1).Select(l => l.Split(';')).Where(r => r.Length >= 7).ToList();
        var oblasts = rows.Where(r => r[5] == "O").ToDictionary(r => r[0], r => r[6].Trim());
        var hromadas = rows.Where(r => r[5] == "H").ToDictionary(r => r[2], r => r[6].Trim());
        var documents = new List<SearchDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r[5] is "M" or "K"))
        {
            var name = row[6].Trim();
            if (!seen.Add(name))
            {
                continue;
            }

            var oblast = oblasts.GetValueOrDefault(row[0]);
            var hromada = hromadas.GetValueOrDefault(row[2]);
            var text = row[5] == "K"
                ? $"{name} — місто зі спеціальним статусом. Офіційний сайт: новини, послуги та події міста."
                : $"{name} — місто, центр громади «{hromada} територіальна громада», {oblast} область. Офіційний сайт громади: новини, послуги та події.";
            documents.Add(Doc(CityId(name), "page", name, text, name, "uk", null, "UA"));
        }

        var divisions = KvedDivisions();
        var cities = documents.Select(d => d.Title).ToList();
        for (var i = 0; i < cities.Count; i += 3)
        {
            var (code, section, uk, en) = divisions[i / 3 % divisions.Count];
            var city = cities[i];
            documents.Add(Business(city, code, section, uk, en));
        }

        foreach (var (city, code) in HandPickedBusinesses)
        {
            var (_, section, uk, en) = divisions.Single(d => d.Code == code);
            documents.Add(Business(city, code, section, uk, en));
        }

        var (_, machinerySection, machineryUk, machineryEn) = divisions.Single(d => d.Code == "28");
        documents.Add(Doc(
            "business:kharkiv-machine-building", "business", "Харківський машинобудівний завод",
            $"{machineryUk}. Kharkiv machine-building plant: {machineryEn}.", "Харків", "uk", machinerySection, "UA"));
        foreach (var (city, country, code) in ForeignBusinesses)
        {
            var (_, section, _, en) = divisions.Single(d => d.Code == code);
            documents.Add(Doc(BusinessId(city, code), "business", $"{city} company: {en}", $"{en}. A business from {city} looking for Ukrainian partners.", city, "en", section, country));
        }

        var hromadaOf = rows.Where(r => r[5] == "M").GroupBy(r => r[6].Trim()).ToDictionary(g => g.Key, g => hromadas.GetValueOrDefault(g.First()[2]) ?? g.Key);
        documents.AddRange(RelevanceCatalogCorpus.Documents(DataFolder, hromadaOf));
        return documents;
    }

    internal static readonly (string City, string Code)[] HandPickedBusinesses =
    [
        ("Львів", "10"), ("Одеса", "52"), ("Дніпро", "24"), ("Вінниця", "62"), ("Полтава", "01"), ("Житомир", "16"),
    ];

    internal static readonly (string City, string Country, string Code)[] ForeignBusinesses =
    [
        ("Lublin", "PL", "10"), ("Kraków", "PL", "62"), ("Nürnberg", "DE", "28"), ("Kaunas", "LT", "52"),
    ];

    private static SearchDocument Business(string city, string code, string section, string uk, string en) =>
        Doc(BusinessId(city, code), "business", $"{city}: {uk}", $"{uk} у громаді {city}. {UkrainianTransliteration.ToLatin(city)} company: {en}.", city, "uk", section, "UA");

    private static SearchDocument Doc(string id, string type, string title, string text, string city, string culture, string? section, string country) => new()
    {
        Id = id,
        Owner = id,
        Type = type,
        Title = title,
        Text = text,
        Url = "/" + Slug.From(title),
        SiteKey = Slug.From(UkrainianTransliteration.ToLatin(city)),
        SiteName = city,
        Culture = culture,
        Date = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        ActivitySection = section,
        Country = country,
    };

    private static List<(string Code, string Section, string Uk, string En)> KvedDivisions()
    {
        var result = new List<(string, string, string, string)>();
        var section = "";
        foreach (var line in File.ReadLines(Path.Combine(DataFolder, "kved-2010-sections-divisions.csv")).Skip(1))
        {
            var fields = SplitCsv(line);
            if (fields[1] == "section")
            {
                section = fields[0];
            }
            else
            {
                result.Add((fields[0], section, fields[2], fields[3]));
            }
        }

        return result;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }


    internal static string Format(double value) => value.ToString("F5", CultureInfo.InvariantCulture);
}
