using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Search.Analysis;

/// <summary>
/// Replaces a Cyrillic token by its official Latin form (KMU resolution 55 of 2010), lower-cased, so a query typed
/// in Latin ("Kharkiv") meets text written in Cyrillic ("Харків"). Latin tokens pass unchanged.
/// </summary>
public sealed class TransliterationFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public TransliterationFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var text = _term.ToString();
        if (UkrainianTransliteration.ContainsCyrillic(text))
        {
            var latin = UkrainianTransliteration.ToLatin(text).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
            _term.SetEmpty().Append(latin);
        }

        return true;
    }
}
