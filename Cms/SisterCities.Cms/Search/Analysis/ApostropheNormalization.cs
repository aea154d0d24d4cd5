using Lucene.Net.Analysis.CharFilters;

namespace SisterCities.Cms.Search.Analysis;

/// <summary>
/// Ukrainian text writes the apostrophe as ' ’ ʼ ` or ‘ depending on the keyboard; the hunspell dictionary and the
/// tokenizer know only the ASCII one, so every variant becomes ' before tokenizing (м’ясо, мʼясо, м`ясо → м'ясо).
/// </summary>
public static class ApostropheNormalization
{
    public static NormalizeCharMap Map { get; } = Build();

    public static TextReader Wrap(TextReader reader) => new MappingCharFilter(Map, reader);

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var variant in new[] { "’", "ʼ", "`", "‘", "′", "ˈ" })
        {
            builder.Add(variant, "'");
        }

        return builder.Build();
    }
}
