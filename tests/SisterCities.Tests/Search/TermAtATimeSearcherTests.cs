using Lucene.Net.Search;
using SisterCities.Cms.Search;

namespace SisterCities.Tests.Search;

/// <summary>
/// The term-at-a-time engine must answer exactly as Lucene's own scorers: the same matches, totals, facet counts and
/// ranking, with scores equal but for the last bits of float summation order. Runs the 110 relevance queries, with
/// and without filters, over an index of two segments with deleted documents.
/// </summary>
public sealed class TermAtATimeSearcherTests : IDisposable
{
    private const int TopN = 50;
    private readonly SearchIndexFixture _fixture;

    public TermAtATimeSearcherTests()
    {
        _fixture = new SearchIndexFixture(RelevanceCorpus.Documents);
        // Re-indexing every third owner writes a second segment and leaves deleted documents in the first.
        var again = RelevanceCorpus.Documents.GroupBy(d => d.Owner).Where((_, i) => i % 3 == 0)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SearchDocument>)g.ToList());
        _fixture.Index.ApplyAsync(again, 2, CancellationToken.None).GetAwaiter().GetResult();
    }

    public static TheoryData<string?, string?, string?> Filters()
    {
        var documents = RelevanceCorpus.Documents;
        var site = documents.GroupBy(d => d.SiteKey).OrderByDescending(g => g.Count()).First().Key;
        var activity = documents.Where(d => d.ActivitySection is not null).GroupBy(d => d.ActivitySection).OrderByDescending(g => g.Count()).First().Key;
        return new TheoryData<string?, string?, string?> { { null, null, null }, { site, null, null }, { null, activity, null }, { null, null, "en" }, { site, null, "uk" }, { "no-such-site", null, null } };
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void Every_relevance_query_gets_lucenes_own_answer(string? site, string? activity, string? culture)
    {
        AssertSegmentsWithDeletions(_fixture);
        var matched = AssertSameAsLucene(_fixture, RelevanceTests.Cases.Select(c => c.Query), site, activity, culture);

        // The filters must not make the comparison vacuous (except the unknown site, which matches nothing).
        Assert.True(site == "no-such-site" ? matched == 0 : matched >= 5, $"{matched} queries matched");
    }

    [Fact]
    public async Task Broad_queries_scored_from_dense_arrays_get_lucenes_own_answer()
    {
        // Four copies of the corpus: the words of every city page ("місто", "громади", "новини") are then in more than
        // 1,024 documents and an eighth of the index, so their scores come from dense per-document arrays.
        var copies = Enumerable.Range(0, 4).SelectMany(copy => RelevanceCorpus.Documents.Select(d => d with { Id = $"{d.Id}#{copy}", Owner = $"{d.Owner}#{copy}" }));
        using var larger = new SearchIndexFixture(copies);
        var again = copies.GroupBy(d => d.Owner).Where((_, i) => i % 5 == 0).ToDictionary(g => g.Key, g => (IReadOnlyList<SearchDocument>)g.ToList());
        await larger.Index.ApplyAsync(again, 2, CancellationToken.None);
        AssertSegmentsWithDeletions(larger);
        string[] broad = ["громади новини", "місто новини послуги події", "Львів місто", "hromady novyny", "новини", "Офіційний сайт громади Житомир", "сайт Kharkiv"];
        foreach (var (site, activity, culture) in new (string?, string?, string?)[] { (null, null, null), (null, null, "uk"), (RelevanceCorpus.Documents[0].SiteKey, null, null) })
        {
            AssertSameAsLucene(larger, broad.Concat(RelevanceTests.Cases.Take(20).Select(c => c.Query)), site, activity, culture);
        }

        var lease = larger.Index.Acquire();
        try
        {
            Assert.True(lease.Searcher.IndexReader.Leaves.Sum(l => DenseTermScores.TermCount(l.AtomicReader)) > 0, "no term was scored from dense arrays");
        }
        finally
        {
            SearchIndex.Release(lease);
        }
    }

    private static void AssertSegmentsWithDeletions(SearchIndexFixture fixture)
    {
        var lease = fixture.Index.Acquire();
        try
        {
            Assert.True(lease.Searcher.IndexReader.Leaves.Count >= 2, "the index should have two segments");
            Assert.True(lease.Searcher.IndexReader.HasDeletions, "the index should have deleted documents");
        }
        finally
        {
            SearchIndex.Release(lease);
        }
    }

    /// <summary>Runs every query both ways and compares; returns how many matched anything.</summary>
    private static int AssertSameAsLucene(SearchIndexFixture fixture, IEnumerable<string> texts, string? site, string? activity, string? culture)
    {
        var lease = fixture.Index.Acquire();
        try
        {
            var matched = 0;
            foreach (var text in texts)
            {
                var request = new SearchRequest(text, Site: site, Activity: activity, Culture: culture);
                var query = SearchQueryBuilder.Build(SearchQueryBuilder.Words(text), fixture.Index.Analyzers)!;
                var fastFacets = new FacetCollector(SearchFields.Facets);
                var fast = TermAtATimeSearcher.Search(lease.Searcher, query, request, TopN, fastFacets);
                Assert.True(fast is not null, $"\"{text}\" was not run term at a time");

                var lucene = TopScoreDocCollector.Create(TopN, docsScoredInOrder: false);
                var luceneFacets = new FacetCollector(SearchFields.Facets);
                lease.Searcher.Search(SearchQueryBuilder.Filtered(query, request), MultiCollector.Wrap(lucene, luceneFacets));
                var expected = lucene.GetTopDocs();

                Assert.True(expected.TotalHits == fast.Value.Total, $"\"{text}\": {fast.Value.Total} matches instead of {expected.TotalHits}");
                foreach (var field in SearchFields.Facets)
                {
                    Assert.Equal(luceneFacets.Counts(field), fastFacets.Counts(field));
                }

                AssertSameRanking(text, expected.ScoreDocs, fast.Value.Top);
                matched += expected.TotalHits > 0 ? 1 : 0;
            }

            return matched;
        }
        finally
        {
            SearchIndex.Release(lease);
        }
    }

    private static void AssertSameRanking(string query, ScoreDoc[] expected, ScoreDoc[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var expectedScores = expected.ToDictionary(d => d.Doc, d => d.Score);
        var last = expected.Length == 0 ? 0f : expected[^1].Score;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Close(expected[i].Score, actual[i].Score), $"\"{query}\" #{i + 1}: score {actual[i].Score} instead of {expected[i].Score}");
            if (expected[i].Doc == actual[i].Doc)
            {
                continue;
            }

            // Equal scores may swap by float summation order; a document may also trade places at the cut-off.
            var tied = expectedScores.TryGetValue(actual[i].Doc, out var score) ? Close(score, actual[i].Score) : Close(actual[i].Score, last);
            Assert.True(tied, $"\"{query}\" #{i + 1}: document {actual[i].Doc} instead of {expected[i].Doc}");
        }
    }

    private static bool Close(float a, float b) => Math.Abs(a - b) <= 1e-5f * Math.Max(Math.Abs(a), Math.Abs(b));

    public void Dispose() => _fixture.Dispose();
}
