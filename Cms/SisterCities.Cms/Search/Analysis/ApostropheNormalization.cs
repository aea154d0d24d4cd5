using Lucene.Net.Analysis.CharFilters;

namespace SisterCities.Cms.Search.Analysis;

/// <summary>
/// Ukrainian text writes the apostrophe as ' ’ ʼ ` or ‘ depending on the keyboard; the hunspell dictionary and the
/// tokenizer know only the ASCII one, so every variant becomes ' before tokenizing (м’ясо, мʼясо, м`ясо → м'ясо).
/// </summary>
public static class ApostropheNormalization
{
    /// <summary>Every character read as an apostrophe; each maps to one <c>'</c>, so offsets never shift.</summary>
    public const string Variants = "’ʼ`‘′ˈ";

    public static NormalizeCharMap Map { get; } = Build();

    public static TextReader Wrap(TextReader reader) => new MappingCharFilter(Map, reader);

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var variant in Variants)
        {
            builder.Add(variant.ToString(), "'");
        }

        return builder.Build();
    }
}
