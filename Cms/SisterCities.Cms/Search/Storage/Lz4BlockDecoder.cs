using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SisterCities.Cms.Search.Storage;

/// <summary>
/// Decompresses stored-field chunks written by Lucene's LZ4 (<c>CompressionMode.FAST</c>) straight from the
/// memory-mapped file into the chunk buffer. Lucene.Net's decoder reads every token through virtual
/// <c>ReadByte</c> calls and copies every back-reference (typically 4–20 bytes) with <c>Array.Copy</c>, whose fixed
/// cost made decompression half the time of an ordinary search; here both are span operations. The format is LZ4's
/// block format exactly as Lucene writes it, so the index files are unchanged. Inputs that are not memory-mapped (a
/// document larger than a chunk is read through a wrapper) go to Lucene's own decoder.
/// </summary>
internal sealed class Lz4BlockDecoder : Decompressor
{
    private const int MinMatch = 4;
    // Lucene's decoder leaves this much room after the data (it copies matches in 8-byte steps); kept for parity.
    private const int Padding = 7;
    private readonly Decompressor _lucene = CompressionMode.FAST.NewDecompressor();

    public override void Decompress(DataInput @in, int originalLength, int offset, int length, BytesRef bytes)
    {
        if (@in is not MappedIndexInput mapped)
        {
            _lucene.Decompress(@in, originalLength, offset, length, bytes);
            return;
        }

        if (bytes.Bytes.Length < originalLength + Padding)
        {
            bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength + Padding, 1)];
        }

        int written, consumed;
        try
        {
            written = Decode(mapped.Remaining, bytes.Bytes, offset + length, out consumed);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
        {
            throw new CorruptIndexException($"Corrupted LZ4 block (resource={@in})", e);
        }

        if (written > originalLength)
        {
            throw new CorruptIndexException($"Corrupted: lengths mismatch: {written} > {originalLength} (resource={@in})");
        }

        mapped.Seek(mapped.Position + consumed);
        bytes.Offset = offset;
        bytes.Length = length;
    }

    public override object Clone() => new Lz4BlockDecoder();

    /// <summary>Decodes sequences (literals, then a back-reference) until at least <paramref name="needed"/> bytes are out; returns how many are.</summary>
    internal static int Decode(ReadOnlySpan<byte> source, Span<byte> destination, int needed, out int consumed)
    {
        int s = 0, d = 0;
        while (true)
        {
            int token = source[s++];
            var literals = ExtendedLength(source, ref s, token >> 4);
            source.Slice(s, literals).CopyTo(destination[d..]);
            s += literals;
            d += literals;
            if (d >= needed)
            {
                break;
            }

            var distance = source[s] | (source[s + 1] << 8);
            s += 2;
            var matchLength = ExtendedLength(source, ref s, token & 0x0F) + MinMatch;
            var from = d - distance;
            if (distance == 0 || from < 0)
            {
                throw new ArgumentException($"Back-reference {distance} at {d}.");
            }

            if (distance >= matchLength)
            {
                destination.Slice(from, matchLength).CopyTo(destination[d..]);
            }
            else
            {
                // Overlapping: the reference repeats bytes it is itself producing, so it must go forward one by one.
                var target = destination.Slice(d, matchLength);
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] = destination[from + i];
                }
            }

            d += matchLength;
            if (d >= needed)
            {
                break;
            }
        }

        consumed = s;
        return d;
    }

    /// <summary>A 4-bit length; 15 means more bytes follow, each added, until one below 255.</summary>
    private static int ExtendedLength(ReadOnlySpan<byte> source, ref int s, int length)
    {
        if (length == 0x0F)
        {
            int next;
            do
            {
                next = source[s++];
                length += next;
            }
            while (next == 0xFF);
        }

        return length;
    }
}
