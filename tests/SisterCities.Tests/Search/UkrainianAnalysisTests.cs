using Microsoft.Extensions.Logging.Abstractions;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Tests.Search;

public sealed class UkrainianAnalysisTests(AnalyzerFixture analyzers) : IClassFixture<AnalyzerFixture>
{
    [Theory]
    [InlineData("Львів", "Львова", "Львові", "Львовом")]
    [InlineData("громада", "громади", "громадою", "громаді")]
    [InlineData("Харків", "Харкова", "Харкові", "Харковом")]
    [InlineData("місто", "міста", "містах", "містом")]
    public void Hunspell_stemming_brings_inflected_forms_to_one_term(params string[] forms)
    {
        var stems = forms.Select(f => AnalyzerFixture.Terms(analyzers.Hunspell.Ukrainian, f).Single()).Distinct().ToList();
        Assert.Single(stems);
    }

    [Theory]
    [InlineData("громада", "громади", "громадою", "громаді")]
    [InlineData("Львів", "Львова", "Львові")]
    [InlineData("Харків", "Харкова", "Харкові")]
    public void Light_fallback_stemmer_also_matches_common_inflections(params string[] forms)
    {
        var stems = forms.Select(f => AnalyzerFixture.Terms(analyzers.Light.Ukrainian, f).Single()).Distinct().ToList();
        Assert.Single(stems);
    }

    [Theory]
    [InlineData("м'ясо")]
    [InlineData("м’ясо")]
    [InlineData("мʼясо")]
    [InlineData("м`ясо")]
    [InlineData("м‘ясо")]
    public void Every_apostrophe_variant_gives_the_same_single_term(string word)
    {
        Assert.Equal(AnalyzerFixture.Terms(analyzers.Hunspell.Ukrainian, "м'ясо"), AnalyzerFixture.Terms(analyzers.Hunspell.Ukrainian, word));
        Assert.Single(AnalyzerFixture.Terms(analyzers.Hunspell.Ukrainian, word));
        Assert.Equal(["miaso"], AnalyzerFixture.Terms(analyzers.Hunspell.LatinQuery, word));
    }

    [Fact]
    public void Latin_words_are_lower_cased_but_not_mangled_by_the_ukrainian_stemmer()
    {
        Assert.Equal(["kharkiv", "iso"], AnalyzerFixture.Terms(analyzers.Hunspell.Ukrainian, "Kharkiv ISO"));
    }

    [Fact]
    public void Latin_field_transliterates_the_stem_so_inflected_cyrillic_meets_a_latin_query()
    {
        Assert.Equal(["lviv"], AnalyzerFixture.Terms(analyzers.Hunspell.LatinQuery, "Львова"));
        Assert.Equal(["kyiv"], AnalyzerFixture.Terms(analyzers.Hunspell.LatinQuery, "Києва"));
        Assert.Contains("kharkiv", AnalyzerFixture.Terms(analyzers.Hunspell.LatinIndex, "Харківський"));
    }

    [Fact]
    public void English_text_is_stemmed_in_english()
    {
        Assert.Equal(AnalyzerFixture.Terms(analyzers.Hunspell.English, "partnerships"), AnalyzerFixture.Terms(analyzers.Hunspell.English, "partnership"));
    }

    [Fact]
    public async Task Missing_dictionary_yields_null_so_the_light_stemmer_is_used()
    {
        var folder = Path.Combine(Path.GetTempPath(), "no-hunspell-" + Guid.NewGuid().ToString("N"));
        Assert.Null(await UkrainianDictionary.LoadAsync(folder, NullLogger.Instance));
    }
}
