using Xunit.Abstractions;
using static SisterCities.Tests.Search.RelevanceCorpus;

namespace SisterCities.Tests.Search;

/// <summary>
/// The relevance set: real place names and KVED activities, queried the way people type them. The floors are the
/// figures measured when the set was written (docs/search.md), so a change may only improve them.
/// </summary>
public sealed class RelevanceTests(RelevanceTests.Corpus corpus, ITestOutputHelper output) : IClassFixture<RelevanceTests.Corpus>
{
    // Measured 2026-11-29 (docs/search.md); floors so they can only rise.
    private const double PlaceRecallFloor = 0.988;
    private const double PlaceMrrFloor = 0.982;
    private const double CatalogRecallFloor = 1.0;
    private const double CatalogMrrFloor = 0.980;
    private const double RecallFloor = 0.990;
    private const double MrrFloor = 0.981;

    private static readonly (string Category, string Query, string Expected)[] PlaceCases =
    [
        // Inflected Ukrainian forms of real city names.
        ("inflection", "Львова", CityId("Львів")),
        ("inflection", "у Львові", CityId("Львів")),
        ("inflection", "Харкова", CityId("Харків")),
        ("inflection", "в Одесі", CityId("Одеса")),
        ("inflection", "Києва", CityId("Київ")),
        ("inflection", "у Дніпрі", CityId("Дніпро")),
        ("inflection", "Полтави", CityId("Полтава")),
        ("inflection", "Житомиром", CityId("Житомир")),
        ("inflection", "у Вінниці", CityId("Вінниця")),
        ("inflection", "Рівному", CityId("Рівне")),
        ("inflection", "Луцька", CityId("Луцьк")),
        ("inflection", "Тернополі", CityId("Тернопіль")),
        ("inflection", "Ужгорода", CityId("Ужгород")),
        ("inflection", "Чернігова", CityId("Чернігів")),
        ("inflection", "у Сумах", CityId("Суми")),
        ("inflection", "Херсоні", CityId("Херсон")),
        ("inflection", "Миколаєва", CityId("Миколаїв")),
        ("inflection", "Черкасах", CityId("Черкаси")),
        ("inflection", "Чернівців", CityId("Чернівці")),
        ("inflection", "Хмельницького", CityId("Хмельницький")),
        ("inflection", "Запоріжжі", CityId("Запоріжжя")),
        ("inflection", "Івано-Франківська", CityId("Івано-Франківськ")),
        ("inflection", "громади Кропивницького", CityId("Кропивницький")),
        ("inflection", "Білої Церкви", CityId("Біла Церква")),

        // Latin-script queries for Cyrillic names (official transliteration, as a foreign partner types them).
        ("latin", "Lviv", CityId("Львів")),
        ("latin", "Kharkiv", CityId("Харків")),
        ("latin", "Odesa", CityId("Одеса")),
        ("latin", "Dnipro", CityId("Дніпро")),
        ("latin", "Poltava", CityId("Полтава")),
        ("latin", "Zhytomyr", CityId("Житомир")),
        ("latin", "Vinnytsia", CityId("Вінниця")),
        ("latin", "Rivne", CityId("Рівне")),
        ("latin", "Lutsk", CityId("Луцьк")),
        ("latin", "Ternopil", CityId("Тернопіль")),
        ("latin", "Uzhhorod", CityId("Ужгород")),
        ("latin", "Chernihiv", CityId("Чернігів")),
        ("latin", "Sumy", CityId("Суми")),
        ("latin", "Kherson", CityId("Херсон")),
        ("latin", "Mykolaiv", CityId("Миколаїв")),
        ("latin", "Cherkasy", CityId("Черкаси")),
        ("latin", "Chernivtsi", CityId("Чернівці")),
        ("latin", "Khmelnytskyi", CityId("Хмельницький")),
        ("latin", "Zaporizhzhia", CityId("Запоріжжя")),
        ("latin", "Ivano-Frankivsk", CityId("Івано-Франківськ")),
        ("latin", "Kropyvnytskyi", CityId("Кропивницький")),
        ("latin", "Kyiv", CityId("Київ")),
        ("latin", "Bila Tserkva", CityId("Біла Церква")),
        ("latin", "Kamianets-Podilskyi", CityId("Кам’янець-Подільський")),
        ("latin", "Sloviansk", CityId("Слов’янськ")),
        ("latin", "Kramatorsk", CityId("Краматорськ")),
        ("latin", "Drohobych", CityId("Дрогобич")),
        ("latin", "Mukachevo", CityId("Мукачево")),
        ("latin", "Yahotyn", CityId("Яготин")),
        ("latin", "Znamianka", CityId("Знам’янка")),

        // Apostrophe variants.
        ("apostrophe", "Слов'янськ", CityId("Слов’янськ")),
        ("apostrophe", "Словʼянськ", CityId("Слов’янськ")),
        ("apostrophe", "Слов`янськ", CityId("Слов’янськ")),
        ("apostrophe", "Камʼянець-Подільський", CityId("Кам’янець-Подільський")),
        ("apostrophe", "П'ятихатки", CityId("П’ятихатки")),
        ("apostrophe", "Кам`янське", CityId("Кам’янське")),
        ("apostrophe", "Мар'їнка", CityId("Мар’їнка")),
        ("apostrophe", "Знам‘янка", CityId("Знам’янка")),

        // Mixed-language and cross-language business queries.
        ("mixed", "Kharkiv machinery", "business:kharkiv-machine-building"),
        ("mixed", "Харків machinery", "business:kharkiv-machine-building"),
        ("mixed", "машинобудівний Kharkiv", "business:kharkiv-machine-building"),
        ("mixed", "Lviv food products", BusinessId("Львів", "10")),
        ("mixed", "харчових продуктів Львів", BusinessId("Львів", "10")),
        ("mixed", "Odesa warehousing", BusinessId("Одеса", "52")),
        ("mixed", "Dnipro basic metals", BusinessId("Дніпро", "24")),
        ("mixed", "Вінниця computer programming", BusinessId("Вінниця", "62")),
        ("mixed", "Poltava crop production", BusinessId("Полтава", "01")),
        ("mixed", "деревини Житомир", BusinessId("Житомир", "16")),
        ("mixed", "food Lublin", BusinessId("Lublin", "10")),
        ("mixed", "machinery Nürnberg", BusinessId("Nürnberg", "28")),

        // Typos, answered through "did you mean".
        ("typo", "Харкв", CityId("Харків")),
        ("typo", "Тернопль", CityId("Тернопіль")),
        ("typo", "Zaporizhia", CityId("Запоріжжя")),
        ("typo", "Vinnitsa", CityId("Вінниця")),
        ("typo", "Chernigiv", CityId("Чернігів")),
        ("typo", "Poltva", CityId("Полтава")),
        ("typo", "Kharkov", CityId("Харків")),
        ("typo", "Odessa", CityId("Одеса")),
        ("typo", "Kiev", CityId("Київ")),
        ("typo", "Житомер", CityId("Житомир")),
    ];

    // After PlaceCases: static fields initialise in textual order.
    public static readonly (string Category, string Query, string Expected)[] Cases = [.. PlaceCases, .. RelevanceCatalogCorpus.Cases];

    [Fact]
    public void Every_expected_document_exists_in_the_corpus()
    {
        var ids = Documents.SelectMany(d => new[] { d.Id, d.Owner }).ToHashSet();
        Assert.All(Cases, c => Assert.Contains(c.Expected, ids));
        Assert.True(Cases.Length >= 60);
    }

    [Fact]
    public void Recall_at_10_and_mrr_hold_the_measured_floor()
    {
        // The place set (84 queries) keeps its own floors, so adding the catalog cases cannot hide a regression there.
        var places = Measure(PlaceCases);
        output.WriteLine($"places: recall@10={Format(places.Recall)} MRR={Format(places.Mrr)}");
        Assert.True(places.Recall >= PlaceRecallFloor, $"place recall@10 {Format(places.Recall)} fell below {PlaceRecallFloor}");
        Assert.True(places.Mrr >= PlaceMrrFloor, $"place MRR {Format(places.Mrr)} fell below {PlaceMrrFloor}");
        var catalog = Measure(RelevanceCatalogCorpus.Cases);
        output.WriteLine($"catalog: recall@10={Format(catalog.Recall)} MRR={Format(catalog.Mrr)}");
        Assert.True(catalog.Recall >= CatalogRecallFloor, $"catalog recall@10 {Format(catalog.Recall)} fell below {CatalogRecallFloor}");
        Assert.True(catalog.Mrr >= CatalogMrrFloor, $"catalog MRR {Format(catalog.Mrr)} fell below {CatalogMrrFloor}");
        var all = Measure(Cases);
        output.WriteLine($"queries={Cases.Length} documents={Documents.Count} recall@10={Format(all.Recall)} MRR={Format(all.Mrr)}");
        Assert.True(all.Recall >= RecallFloor, $"recall@10 {Format(all.Recall)} fell below {RecallFloor}");
        Assert.True(all.Mrr >= MrrFloor, $"MRR {Format(all.Mrr)} fell below {MrrFloor}");
    }

    private (double Recall, double Mrr) Measure(IReadOnlyList<(string Category, string Query, string Expected)> cases)
    {
        var found = 0;
        var reciprocal = 0.0;
        foreach (var group in cases.GroupBy(c => c.Category))
        {
            var groupFound = 0;
            var groupReciprocal = 0.0;
            foreach (var (_, query, expected) in group)
            {
                var ids = corpus.Index.Search(query).Hits.Select(h => h.Id).ToList();
                // A catalog case names the business (its owner key): either language's document counts.
                var rank = ids.FindIndex(id => id == expected || id.StartsWith(expected + ":", StringComparison.Ordinal)) + 1;
                if (rank > 0)
                {
                    found++;
                    groupFound++;
                    reciprocal += 1.0 / rank;
                    groupReciprocal += 1.0 / rank;
                }

                if (rank != 1)
                {
                    output.WriteLine($"{(rank == 0 ? "MISS" : "rank " + rank)} [{group.Key}] {query} → {string.Join(", ", ids.Take(3))}");
                }
            }

            output.WriteLine($"{group.Key}: {groupFound}/{group.Count()} MRR={Format(groupReciprocal / group.Count())}");
        }

        return ((double)found / cases.Count, reciprocal / cases.Count);
    }

    public sealed class Corpus : IDisposable
    {
        public SearchIndexFixture Index { get; } = new(Documents);

        public void Dispose() => Index.Dispose();
    }
}
