using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace SisterCities.Cms.Search.Analysis;

/// <summary>
/// The analyzers of the index, built once and shared (Lucene analyzers are thread-safe and reuse their token
/// streams per thread, so no request allocates one). Index and query analysis differ only for the Latin field:
/// documents store edge n-grams so "Kharkiv" matches "Харківський" (kharkivskyi) as a prefix.
/// </summary>
public sealed class SearchAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int MinGram = 3;
    private const int MaxGram = 24;

    public SearchAnalyzers(Dictionary? hunspell)
    {
        Stemmer = hunspell is null ? "light" : "hunspell";
        Ukrainian = new UkrainianTextAnalyzer(hunspell);
        English = new EnglishTextAnalyzer();
        LatinQuery = new LatinAnalyzer(hunspell, ngrams: false);
        LatinIndex = new LatinAnalyzer(hunspell, ngrams: true);
        Words = Analyzer.NewAnonymous(
            (field, reader) =>
            {
                var source = new StandardTokenizer(Version, reader);
                return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
            },
            (field, reader) => ApostropheNormalization.Wrap(reader));
        var perField = new Dictionary<string, Analyzer>
        {
            [SearchFields.TitleUk] = Ukrainian,
            [SearchFields.TextUk] = Ukrainian,
            [SearchFields.TitleEn] = English,
            [SearchFields.TextEn] = English,
            [SearchFields.TitleLatin] = LatinIndex,
            [SearchFields.TextLatin] = LatinIndex,
            [SearchFields.Words] = Words,
        };
        Indexing = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
        Tokens = new TokenTermsCache(Ukrainian, English, LatinQuery);
    }

    /// <summary><c>hunspell</c> or <c>light</c>: kept in the index commit so a change of stemmer triggers a rebuild.</summary>
    public string Stemmer { get; }

    public Analyzer Ukrainian { get; }

    public Analyzer English { get; }

    public Analyzer LatinQuery { get; }

    public Analyzer LatinIndex { get; }

    public Analyzer Words { get; }

    public Analyzer Indexing { get; }

    /// <summary>Per-word terms of the three query analyses, for highlighting.</summary>
    public TokenTermsCache Tokens { get; }

    public void Dispose()
    {
        Ukrainian.Dispose();
        English.Dispose();
        LatinQuery.Dispose();
        LatinIndex.Dispose();
        Words.Dispose();
    }

    /// <summary>
    /// Hunspell gives the lemma where the dictionary knows the form (містах → місто), but misses some (Львові);
    /// the light stemmer after it brings lemma and missed form to one stem (львів, львові → львов).
    /// </summary>
    // Shared by every analyzer instance of the process: a word's lemma depends only on the dictionary, which is loaded once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> LemmaCache = new(StringComparer.Ordinal);
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Dictionary, Analyzer> Lemmatizers = [];

    internal static TokenStream UkrainianStem(TokenStream stream, Dictionary? hunspell)
    {
        stream = new NonCyrillicKeywordFilter(stream);
        if (hunspell is not null)
        {
            stream = new CachedHunspellStemFilter(stream, Lemmatizers.GetValue(hunspell, CachedHunspellStemFilter.Lemmatizer), LemmaCache);
        }

        return new UkrainianLightStemFilter(stream);
    }

    /// <summary>For the Latin field: the dictionary's lemma (Львова → львів → lviv), since that is what Latin queries spell.</summary>
    internal static TokenStream UkrainianLemma(TokenStream stream, Dictionary? hunspell, bool keepOriginal)
    {
        stream = new NonCyrillicKeywordFilter(stream);
        return hunspell is null ? stream : new CachedHunspellStemFilter(stream, Lemmatizers.GetValue(hunspell, CachedHunspellStemFilter.Lemmatizer), LemmaCache, keepOriginal);
    }

    private sealed class UkrainianTextAnalyzer(Dictionary? hunspell) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, UkrainianStem(new LowerCaseFilter(Version, source), hunspell));
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) => ApostropheNormalization.Wrap(reader);
    }

    private sealed class EnglishTextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    }

    /// <summary>Lemmatize first (Львова → львів), then transliterate (lviv), so inflected forms meet Latin queries.</summary>
    private sealed class LatinAnalyzer(Dictionary? hunspell, bool ngrams) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            // Documents keep the word and its lemma (Харківська → kharkivska, kharkivskyi); queries use the lemma.
            TokenStream stream = UkrainianLemma(new LowerCaseFilter(Version, source), hunspell, keepOriginal: ngrams);
            stream = new TransliterationFilter(stream);
            if (ngrams)
            {
                stream = new EdgeNGramTokenFilter(Version, stream, MinGram, MaxGram);
            }

            return new TokenStreamComponents(source, stream);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) => ApostropheNormalization.Wrap(reader);
    }
}
