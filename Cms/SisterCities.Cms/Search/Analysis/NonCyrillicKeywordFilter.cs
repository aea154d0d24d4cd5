using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Search.Analysis;

/// <summary>
/// Marks tokens without Cyrillic letters as keywords so the Ukrainian stemmer leaves Latin words and numbers alone
/// (the uk_UA affix file maps Latin letters away, which would mangle "Kharkiv" or "ISO").
/// </summary>
public sealed class NonCyrillicKeywordFilter(TokenStream input) : KeywordMarkerFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    protected override bool IsKeyword()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (UkrainianTransliteration.IsCyrillicLetter(buffer[i]))
            {
                return false;
            }
        }

        return true;
    }
}
