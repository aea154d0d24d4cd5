using SisterCities.Cms.Search;

namespace SisterCities.Tests.Search;

public sealed class SearchServiceTests(RelevanceTests.Corpus corpus) : IClassFixture<RelevanceTests.Corpus>
{
    [Theory]
    [InlineData("title:(*")]
    [InlineData("a AND OR")]
    [InlineData("\"unclosed phrase")]
    [InlineData("Львів~~^^ OR (((")]
    [InlineData("*:*")]
    [InlineData("[Харків TO")]
    [InlineData("\\")]
    public void Lucene_syntax_is_searched_as_plain_words_without_error(string query)
    {
        var response = corpus.Index.Search(query);
        Assert.NotNull(response);
        Assert.True(response.Total >= 0);
    }

    [Fact]
    public void A_query_that_is_only_operators_gives_an_empty_result()
    {
        var response = corpus.Index.Search("(*) :: ~ ^");
        Assert.Equal(0, response.Total);
        Assert.Empty(response.Hits);
    }

    [Fact]
    public void Syntax_characters_around_a_word_still_find_it()
    {
        var response = corpus.Index.Search("title:(Тернопіль*");
        Assert.Equal(RelevanceCorpus.CityId("Тернопіль"), response.Hits[0].Id);
    }

    [Fact]
    public void Facets_count_matching_documents_per_type_site_activity_and_country()
    {
        var response = corpus.Index.Search("company");
        Assert.True(response.Total > 10);
        Assert.Equal(response.Total, response.Facets.Type.Sum(f => f.Count));
        Assert.Equal(response.Total, response.Facets.Country.Sum(f => f.Count));
        Assert.Contains(response.Facets.Country, f => f.Value == "PL" && f.Count == 2);
        Assert.Contains(response.Facets.Activity, f => f.Value == "C");
        Assert.Contains(response.Facets.Site, f => f.Value == "lviv");
        foreach (var facet in new[] { response.Facets.Type, response.Facets.Site, response.Facets.Activity, response.Facets.Country })
        {
            // Most frequent first, ties by value, as a client lists them.
            Assert.Equal(facet.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal), facet);
        }
    }

    [Fact]
    public void Filters_narrow_results_and_unknown_values_give_an_empty_result()
    {
        var polish = corpus.Index.Service.Search(new SearchRequest("company", Country: "PL"));
        Assert.Equal(2, polish.Total);
        Assert.All(polish.Hits, h => Assert.Equal("business", h.Type));
        var byType = corpus.Index.Service.Search(new SearchRequest("Львів", Type: "business", Site: "lviv"));
        Assert.Contains(byType.Hits, h => h.Id == RelevanceCorpus.BusinessId("Львів", "10"));
        Assert.All(byType.Hits, h => Assert.Equal("lviv", h.SiteKey));
        Assert.Equal(0, corpus.Index.Service.Search(new SearchRequest("Львів", Site: "atlantis")).Total);
        Assert.Equal(0, corpus.Index.Service.Search(new SearchRequest("Львів", Activity: "ZZ")).Total);
    }

    [Fact]
    public void Snippets_mark_inflected_and_transliterated_matches_and_encode_the_rest()
    {
        var hit = corpus.Index.Search("Kharkiv machinery").Hits[0];
        Assert.Equal("business:kharkiv-machine-building", hit.Id);
        Assert.Contains("<mark>Харківський</mark>", hit.TitleHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>machinery</mark>", hit.SnippetHtml, StringComparison.Ordinal);

        var city = corpus.Index.Search("Слов'янськ").Hits[0];
        Assert.Contains("«", city.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", city.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_documents_is_encoded_in_titles_and_snippets()
    {
        using var index = new SearchIndexFixture([Doc("x", "<script>alert(1)</script> Ніжин & Co", "Текст <b>Ніжин</b> \"quoted\"")]);
        var hit = index.Search("Ніжин").Hits.Single();
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Ніжин</mark> &amp; Co", hit.TitleHtml);
        Assert.Equal("Текст &lt;b&gt;<mark>Ніжин</mark>&lt;/b&gt; &quot;quoted&quot;", hit.SnippetHtml);
    }

    [Fact]
    public void Paging_returns_distinct_pages_and_a_page_beyond_the_results_is_empty()
    {
        var first = corpus.Index.Search("громада", page: 1);
        var second = corpus.Index.Search("громада", page: 2);
        Assert.Equal(SearchRequestValidation.PageSize, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
        Assert.Equal(first.Total, second.Total);
        Assert.Empty(corpus.Index.Search("Тернопіль", page: 90).Hits);
    }

    [Fact]
    public void A_typo_that_finds_nothing_is_answered_with_did_you_mean()
    {
        var response = corpus.Index.Search("Kharkov");
        Assert.Equal("kharkiv", response.DidYouMean);
        Assert.Equal(RelevanceCorpus.CityId("Харків"), response.Hits[0].Id);
        Assert.Null(corpus.Index.Search("Kharkiv").DidYouMean);
    }

    [Theory]
    [InlineData("Житомер", "житомир", "Житомир")] // a wrong vowel
    [InlineData("Polatva", "poltava", "Полтава")] // two letters swapped
    [InlineData("Житомер Polatva", "житомир poltava", "Полтава")] // each word on its own
    public void A_misspelt_city_is_suggested_and_found(string typed, string suggestion, string city)
    {
        var response = corpus.Index.Search(typed);
        Assert.Equal(suggestion, response.DidYouMean);
        Assert.Contains(response.Hits.Take(3), h => h.Id == RelevanceCorpus.CityId(city));
    }

    [Fact]
    public void A_very_long_query_is_cut_to_a_bounded_number_of_words()
    {
        var response = corpus.Index.Search(string.Join(' ', Enumerable.Repeat("Львів Харків Одеса", 200)));
        Assert.True(response.Total > 0);
    }

    [Fact]
    public void The_light_stemmer_fallback_still_finds_inflected_forms()
    {
        using var light = new SearchIndexFixture(RelevanceCorpus.Documents, hunspell: false);
        Assert.Contains(light.Search("громади Львова").Hits.Take(3), h => h.Id == RelevanceCorpus.CityId("Львів"));
        Assert.Contains(light.Search("Kharkiv").Hits.Take(3), h => h.Id == RelevanceCorpus.CityId("Харків"));
        Assert.Equal("light", light.Index.Analyzers.Stemmer);
    }

    private static SearchDocument Doc(string id, string title, string text) => new()
    {
        Id = id,
        Owner = id,
        Type = "page",
        Title = title,
        Text = text,
        Url = "/x",
        SiteKey = "nizhyn",
        SiteName = "Ніжин",
        Culture = "uk",
    };
}
