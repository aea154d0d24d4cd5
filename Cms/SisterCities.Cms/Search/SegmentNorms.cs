using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SisterCities.Cms.Search;

/// <summary>
/// A segment's length norms of one field as a byte per document (the encoded float that Lucene's default similarity
/// stores), read once: scoring a broad query reads a norm for every posting, and a virtual call into the doc values
/// for each costs more than the rest of the score. Kept per segment core like <see cref="SegmentFacetOrds"/>; 1 byte
/// per document and text field.
/// </summary>
internal static class SegmentNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]?>> Cache = [];

    /// <summary>Null when the field has no norms in this segment (scores then take no length factor, as in Lucene).</summary>
    public static byte[]? For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, byte[]?>(StringComparer.Ordinal))
            .GetOrAdd(field, Read, reader);

    private static byte[]? Read(string field, AtomicReader reader)
    {
        if (reader.GetNormValues(field) is not { } norms)
        {
            return null;
        }

        var bytes = new byte[reader.MaxDoc];
        for (var doc = 0; doc < bytes.Length; doc++)
        {
            bytes[doc] = (byte)norms.Get(doc);
        }

        return bytes;
    }
}
