using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Cms.Search;

/// <summary>
/// Builds the Lucene query from what a person typed. There is no query syntax to get wrong: the text is split into
/// words (every Lucene operator character is just a separator), and each word must be found in any of three
/// analyses of the title and text: Ukrainian stems, English stems, and the Latin transliteration (prefix match).
/// Per word the best analysis counts (dis-max), so a word is not rewarded for matching the same thing three times;
/// words are OR-ed with coordination, so documents matching more of the words rank first.
/// </summary>
internal static class SearchQueryBuilder
{
    public const int MaxWords = 12;
    private const int MinLatinLength = 3;
    private const int MaxLatinLength = 24;

    /// <summary>Letters, digits and the apostrophe form words; everything else (including <c>( ) : * " ~ ^</c>) separates them.</summary>
    public static List<string> Words(string query)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= query.Length; i++)
        {
            var inWord = i < query.Length && (char.IsLetterOrDigit(query[i]) || Text.UkrainianTransliteration.IsApostrophe(query[i]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = query[start..i].Trim('\'', '’', 'ʼ', '`', '‘');
                if (word.Length > 0 && words.Count < MaxWords)
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// Ukrainian prepositions and conjunctions ("у Львові", "взуття з Бердичева"): they match nearly every text and
    /// would count as a matched word for coordination, so they are dropped when the query has other words.
    /// English ones are removed by the English analyzer already.
    /// </summary>
    private static readonly HashSet<string> UkrainianStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "а", "але", "в", "від", "для", "до", "з", "за", "зі", "і", "із", "й", "на", "о", "по", "при", "про", "та", "у", "чи", "що", "як",
    };

    public static Query? Build(IReadOnlyList<string> words, SearchAnalyzers analyzers)
    {
        var query = new BooleanQuery();
        var significant = words.Where(w => !UkrainianStopWords.Contains(w)).ToList();
        foreach (var word in significant.Count > 0 ? significant : words)
        {
            var alternatives = new DisjunctionMaxQuery(0.1f);
            if (IsCyrillicWord(word))
            {
                // The English fields hold a Cyrillic word lower-cased and unstemmed, which the Ukrainian stems
                // already cover: skipping them saves two of six scorers per word on broad queries.
                AddTerms(alternatives, analyzers.Ukrainian, word, (SearchFields.TitleUk, 3f), (SearchFields.TextUk, 1f));
            }
            else if (!AddTerms(alternatives, analyzers.English, word, (SearchFields.TitleEn, 2.5f), (SearchFields.TextEn, 0.8f)))
            {
                // Likewise the Ukrainian fields hold a Latin word only lower-cased; they are asked only when English
                // analysis drops the word (a stop word such as "IT") or for mixed-script words.
                AddTerms(alternatives, analyzers.Ukrainian, word, (SearchFields.TitleUk, 3f), (SearchFields.TextUk, 1f));
            }

            AddTerms(alternatives, analyzers.LatinQuery, word, (SearchFields.TitleLatin, 1.5f), (SearchFields.TextLatin, 0.5f));
            if (alternatives.Disjuncts.Count > 0)
            {
                query.Add(alternatives, Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static bool IsCyrillicWord(string word) =>
        Text.UkrainianTransliteration.ContainsCyrillic(word) && !word.Any(char.IsAsciiLetterOrDigit);

    /// <summary>Exact filters; an unknown value simply matches nothing.</summary>
    public static Query Filtered(Query query, SearchRequest request) =>
        Filters(request) is { } filters ? new FilteredQuery(query, new QueryWrapperFilter(filters)) : query;

    /// <summary>The request's exact filters as one query (all must match); null without filters.</summary>
    public static Query? Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        AddFilter(filters, SearchFields.Site, request.Site);
        AddFilter(filters, SearchFields.Type, request.Type);
        AddFilter(filters, SearchFields.Activity, request.Activity);
        AddFilter(filters, SearchFields.Country, request.Country);
        AddFilter(filters, SearchFields.Culture, request.Culture);
        return filters.Clauses.Count == 0 ? null : filters;
    }

    internal static List<string> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static bool AddTerms(DisjunctionMaxQuery target, Analyzer analyzer, string word, params (string Field, float Boost)[] fields)
    {
        var terms = Analyze(analyzer, fields[0].Field, word);
        var latin = fields[0].Field == SearchFields.TitleLatin;
        var added = false;
        foreach (var (field, boost) in fields)
        {
            var perField = new BooleanQuery(disableCoord: true);
            foreach (var text in terms.Distinct(StringComparer.Ordinal))
            {
                if (latin && text.Length < MinLatinLength)
                {
                    continue;
                }

                // The Latin field stores edge n-grams up to MaxLatinLength, so a longer word is cut to match.
                var value = latin && text.Length > MaxLatinLength ? text[..MaxLatinLength] : text;
                perField.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            if (perField.Clauses.Count > 0)
            {
                perField.Boost = boost;
                target.Add(perField);
                added = true;
            }
        }

        return added;
    }

    private static void AddFilter(BooleanQuery filters, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filters.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
        }
    }
}
