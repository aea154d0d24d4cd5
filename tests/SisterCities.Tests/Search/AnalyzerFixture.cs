using Microsoft.Extensions.Logging.Abstractions;
using SisterCities.Cms.Search;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Tests.Search;

/// <summary>Analyzers with the real hunspell dictionary (loaded once per test run) and with the light fallback.</summary>
public sealed class AnalyzerFixture : IDisposable
{
    public AnalyzerFixture()
    {
        var dictionary = UkrainianDictionary.LoadAsync(UkrainianDictionary.DefaultFolder, NullLogger.Instance).GetAwaiter().GetResult();
        Hunspell = new SearchAnalyzers(dictionary ?? throw new InvalidOperationException("hunspell-uk is not installed (apt-get install hunspell-uk)."));
        Light = new SearchAnalyzers(null);
    }

    public SearchAnalyzers Hunspell { get; }

    public SearchAnalyzers Light { get; }

    public static List<string> Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        SearchQueryBuilder.Analyze(analyzer, SearchFields.TextUk, text);

    public void Dispose()
    {
        Hunspell.Dispose();
        Light.Dispose();
    }
}
