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
        var lease = _fixture.Index.Acquire();
        try
        {
            Assert.True(lease.Searcher.IndexReader.Leaves.Count >= 2, "the index should have two segments");
            Assert.True(lease.Searcher.IndexReader.HasDeletions, "the index should have deleted documents");
            var matched = 0;
            foreach (var (_, text, _) in RelevanceTests.Cases)
            {
                var request = new SearchRequest(text, Site: site, Activity: activity, Culture: culture);
                var query = SearchQueryBuilder.Build(SearchQueryBuilder.Words(text), _fixture.Index.Analyzers)!;
                var fastFacets = new FacetCollector(SearchFields.Facets);
                var fast = TermAtATimeSearcher.Search(lease.Searcher, query, request, TopN, fastFacets);
                Assert.True(fast is not null, $"\"{text}\" was not run term at a time");

                var lucene = TopScoreDocCollector.Create(TopN, docsScoredInOrder: false);
                var luceneFacets = new FacetCollector(SearchFields.Facets);
                lease.Searcher.Search(SearchQueryBuilder.Filtered(query, request), MultiCollector.Wrap(lucene, luceneFacets));
                var expected = lucene.GetTopDocs();

                Assert.Equal(expected.TotalHits, fast.Value.Total);
                foreach (var field in SearchFields.Facets)
                {
                    Assert.Equal(luceneFacets.Counts(field), fastFacets.Counts(field));
                }

                AssertSameRanking(text, expected.ScoreDocs, fast.Value.Top);
                matched += expected.TotalHits > 0 ? 1 : 0;
            }

            // The filters must not make the comparison vacuous (except the unknown site, which matches nothing).
            Assert.True(site == "no-such-site" ? matched == 0 : matched >= 5, $"{matched} queries matched");
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
