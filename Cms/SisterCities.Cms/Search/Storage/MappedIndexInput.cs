using System.Buffers.Binary;
using Lucene.Net.Store;

namespace SisterCities.Cms.Search.Storage;

/// <summary>
/// Reads a slice of a <see cref="FileMapping"/> straight from memory. Lucene.Net 4.8's own memory-mapped input goes
/// through a <c>ByteBuffer</c> that takes and releases the mapping's handle on every read and clones an array of
/// buffers on every <see cref="Clone"/> (once per term and segment of a query); here a read is a bounds check and a
/// load, and a clone copies four fields. Multi-byte numbers are big-endian, as Lucene writes them.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly FileMapping _mapping;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public MappedIndexInput(string description, FileMapping mapping, long offset, long length)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > mapping.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"Slice {offset}+{length} is outside the file ({mapping.Length} bytes): {description}");
        }

        _mapping = mapping;
        _start = mapping.Start + offset;
        _length = length;
    }

    public override long Position => _position;

    public override long Length => _length;

    /// <summary>The bytes from the position to the end (at most 2 GB), for decoders that read in bulk and then <see cref="Seek"/> past what they used.</summary>
    internal ReadOnlySpan<byte> Remaining => new(_start + _position, (int)Math.Min(_length - _position, int.MaxValue));

    public override byte ReadByte()
    {
        var position = _position;
        if (position >= _length)
        {
            throw PastEnd(1);
        }

        _position = position + 1;
        return _start[position];
    }

    public override void ReadBytes(byte[] b, int offset, int len) => Take(len).CopyTo(b.AsSpan(offset, len));

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    public override int ReadVInt32()
    {
        // The common one-byte case without the loop; longer values (and a malformed one) as Lucene decodes them.
        var position = _position;
        if (position < _length && _start[position] is var first && first < 0x80)
        {
            _position = position + 1;
            return first;
        }

        return base.ReadVInt32();
    }

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"Seek to {pos} outside {_length} bytes: {this}");
        }

        _position = pos;
    }

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numBytes), "Cannot skip backwards.");
        }

        Seek(_position + numBytes);
    }

    /// <summary>Nothing to close: the mapping goes when no input refers to it (see <see cref="FileMapping"/>).</summary>
    protected override void Dispose(bool disposing)
    {
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        var position = _position;
        if (count < 0 || count > _length - position)
        {
            throw PastEnd(count);
        }

        _position = position + count;
        return new ReadOnlySpan<byte>(_start + position, count);
    }

    private EndOfStreamException PastEnd(int count) => new($"Read of {count} bytes at {_position} past the end ({_length} bytes): {this}");
}
