using System.Security.Cryptography;
using System.Text;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Search;
using SisterCities.Cms.Search.Sources;
using SisterCities.Cms.Text;

namespace SisterCities.Tests.Search;

/// <summary>
/// Catalog businesses for the relevance set, built through the real mapping (<see cref="CatalogSearchDocuments"/>):
/// a uk and an en document each, with KVED-2010 activity names and the municipality's name in both languages. Each
/// business sits in a real municipality of the KATOTTG codifier (its hromada's name from the same file); the
/// companies themselves are invented for the test and named like test records.
/// </summary>
public static class RelevanceCatalogCorpus
{
    private static readonly (string City, string Division, string Name, string TaglineUk, string TaglineEn)[] Businesses =
    [
        ("Кременчук", "29", "Кременчуцька автоскладальна компанія (тест)", "Складання вантажівок і причепів", "Truck and trailer assembly"),
        ("Умань", "01", "Уманська агрофірма (тест)", "Вирощування зернових і ягід", "Grain and berry farming"),
        ("Бровари", "25", "Броварська фабрика металоконструкцій (тест)", "Металоконструкції для складів і мостів", "Steel structures for warehouses and bridges"),
        ("Ковель", "16", "Ковельська деревообробна фабрика (тест)", "Пиломатеріали, палети, дерев’яні будинки", "Sawn timber, pallets and wooden houses"),
        ("Ізмаїл", "52", "Ізмаїльська складська компанія (тест)", "Портові склади на Дунаї", "Port warehouses on the Danube"),
        ("Ніжин", "10", "Ніжинська консервна фабрика (тест)", "Консервовані овочі та мариновані огірки", "Canned vegetables and pickled cucumbers"),
        ("Коломия", "13", "Коломийська текстильна фабрика (тест)", "Вишиті тканини та льон", "Embroidered fabrics and linen"),
        ("Бердичів", "15", "Бердичівська взуттєва фабрика (тест)", "Шкіряне взуття", "Leather footwear"),
        ("Хуст", "11", "Хустська винарня (тест)", "Вина Закарпаття", "Wines of Transcarpathia"),
        ("Шостка", "20", "Шосткинська хімічна компанія (тест)", "Хімічна продукція та плівки", "Chemical products and films"),
        ("Звягель", "23", "Звягельська керамічна фабрика (тест)", "Керамічна плитка та порцеляна", "Ceramic tiles and porcelain"),
        ("Фастів", "62", "Фастівська ІТ-студія (тест)", "Розроблення програмного забезпечення", "Software development"),
    ];

    /// <summary>Queries a foreign partner or a Ukrainian buyer types, with the business expected in the top 10.</summary>
    public static readonly (string Category, string Query, string Expected)[] Cases =
    [
        ("business", "Kremenchuk trucks", Id("Кременчук")),
        ("business", "Kremenchuk motor vehicles", Id("Кременчук")),
        ("business", "вантажівки Кременчук", Id("Кременчук")),
        ("business", "Uman farming", Id("Умань")),
        ("business", "агрофірма в Умані", Id("Умань")),
        ("business", "Brovary metal products", Id("Бровари")),
        ("business", "металоконструкції Бровари", Id("Бровари")),
        ("business", "Kovel timber", Id("Ковель")),
        ("business", "деревообробна Ковеля", Id("Ковель")),
        ("business", "Izmail warehousing", Id("Ізмаїл")),
        ("business", "Izmail Danube port", Id("Ізмаїл")),
        ("business", "Nizhyn canned vegetables", Id("Ніжин")),
        ("business", "консервна фабрика Ніжин", Id("Ніжин")),
        ("business", "Kolomyia textiles", Id("Коломия")),
        ("business", "текстиль Коломиї", Id("Коломия")),
        ("business", "Berdychiv footwear", Id("Бердичів")),
        ("business", "взуття з Бердичева", Id("Бердичів")),
        ("business", "Khust wine", Id("Хуст")),
        ("business", "винарня Хуст", Id("Хуст")),
        ("business", "Shostka chemicals", Id("Шостка")),
        ("business", "Zviahel ceramics", Id("Звягель")),
        ("business", "керамічна плитка Звягель", Id("Звягель")),
        ("business", "Fastiv software", Id("Фастів")),
        ("business", "програмування Фастів", Id("Фастів")),
        ("business", "Berdichev footwear", Id("Бердичів")),
        ("business", "Kremenchug trucks", Id("Кременчук")),
    ];

    /// <summary>The owner key of the test business in <paramref name="city"/>; its documents add <c>:uk</c> / <c>:en</c>.</summary>
    public static string Id(string city) => CatalogSearchDocuments.BusinessOwner(Key(city));

    public static IEnumerable<SearchDocument> Documents(string dataFolder, IReadOnlyDictionary<string, string> hromadaOf)
    {
        var kved = KvedClassification.Load(Path.Combine(dataFolder, KvedClassification.FileName));
        foreach (var (city, division, name, taglineUk, taglineEn) in Businesses)
        {
            var hromada = hromadaOf[city];
            var latin = UkrainianTransliteration.ToLatin(city);
            var business = new Business
            {
                Id = Key(city),
                LegalName = name,
                DisplayName = name,
                CountryCode = "UA",
                CreatedBy = "relevance-test",
                State = VerificationState.Verified,
                Texts = new()
                {
                    ["uk"] = new BusinessText { Tagline = taglineUk, Description = $"Тестовий запис каталогу: {taglineUk.ToLowerInvariant()}." },
                    ["en"] = new BusinessText { Tagline = taglineEn, Description = $"A test catalog record: {taglineEn.ToLowerInvariant()}." },
                },
                Activities = [new BusinessActivity { Division = division, Section = kved.SectionOf(division)!, IsPrimary = true }],
            };
            var place = new CatalogPlace(Slug.From(latin), $"{hromada} міська громада", $"{latin} City Hromada");
            foreach (var document in CatalogSearchDocuments.Business(business, place, kved))
            {
                yield return document;
            }
        }
    }

    private static Guid Key(string city) => new(MD5.HashData(Encoding.UTF8.GetBytes("relevance-business:" + city)));
}
