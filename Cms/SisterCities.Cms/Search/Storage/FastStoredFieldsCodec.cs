using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace SisterCities.Cms.Search.Storage;

/// <summary>
/// Lucene's 4.6 codec with only the stored-fields decompressor replaced (<see cref="Lz4BlockDecoder"/>). It keeps
/// the name "Lucene46" and writes byte-for-byte the same files, so an index written before or after it, by it or
/// by plain Lucene.Net, reads either way. <see cref="Install"/> makes Lucene resolve that name to this codec when it
/// opens segments; the index writer is given it directly.
/// </summary>
[CodecName(LuceneName)]
internal sealed class FastStoredFieldsCodec : FilterCodec
{
    public const string LuceneName = "Lucene46";

    // As Lucene41StoredFieldsFormat: the same format name (checked in the file headers), compressor and 16 KB chunks.
    private readonly StoredFieldsFormat _storedFields = new CompressingStoredFieldsFormat("Lucene41StoredFields", new FastReadMode(), 1 << 14);

    private FastStoredFieldsCodec()
        : base(new Lucene46Codec())
    {
    }

    public static FastStoredFieldsCodec Instance { get; } = new();

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>Idempotent; every other codec name is still resolved by the factory that was in place.</summary>
    public static void Install()
    {
        lock (Instance)
        {
            if (Codec.GetCodecFactory() is not Factory)
            {
                Codec.SetCodecFactory(new Factory(Codec.GetCodecFactory()));
            }
        }
    }

    private sealed class Factory(ICodecFactory others) : ICodecFactory
    {
        public Codec GetCodec(string name) => name == LuceneName ? Instance : others.GetCodec(name);
    }

    private sealed class FastReadMode : CompressionMode
    {
        public override Compressor NewCompressor() => FAST.NewCompressor();

        public override Decompressor NewDecompressor() => new Lz4BlockDecoder();

        public override string ToString() => "FAST (span LZ4 decoder)";
    }
}
