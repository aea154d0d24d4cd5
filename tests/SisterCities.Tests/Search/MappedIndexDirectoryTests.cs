using Lucene.Net.Store;
using SisterCities.Cms.Search.Storage;

namespace SisterCities.Tests.Search;

/// <summary>The index's own memory-mapped reader: what Lucene writes must read back the same, and bad reads fail cleanly.</summary>
public sealed class MappedIndexDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sistercities-mapped-" + Guid.NewGuid().ToString("N"));

    public MappedIndexDirectoryTests() => System.IO.Directory.CreateDirectory(_folder);

    [Fact]
    public void What_lucene_writes_reads_back_through_the_mapping_and_its_clones()
    {
        using var directory = new MappedIndexDirectory(_folder);
        using (var output = directory.CreateOutput("numbers.bin", IOContext.DEFAULT))
        {
            output.WriteByte(7);
            output.WriteInt16(-12345);
            output.WriteInt32(int.MinValue + 3);
            output.WriteInt64(long.MaxValue - 5);
            output.WriteVInt32(5);
            output.WriteVInt32(300_000);
            output.WriteVInt64(1L << 40);
            output.WriteString("Харків — Kharkiv");
            output.WriteBytes([1, 2, 3, 4, 5], 5);
        }

        using var input = directory.OpenInput("numbers.bin", IOContext.DEFAULT);
        Assert.Equal(7, input.ReadByte());
        Assert.Equal(-12345, input.ReadInt16());
        Assert.Equal(int.MinValue + 3, input.ReadInt32());
        var afterInt = input.Position;
        var clone = (IndexInput)input.Clone();
        Assert.Equal(long.MaxValue - 5, input.ReadInt64());
        Assert.Equal(5, input.ReadVInt32());
        Assert.Equal(300_000, input.ReadVInt32());
        Assert.Equal(1L << 40, input.ReadVInt64());
        Assert.Equal("Харків — Kharkiv", input.ReadString());
        var bytes = new byte[5];
        input.ReadBytes(bytes, 0, 5);
        Assert.Equal([1, 2, 3, 4, 5], bytes);
        Assert.Equal(input.Length, input.Position);

        // A clone keeps its own position.
        Assert.Equal(afterInt, clone.Position);
        Assert.Equal(long.MaxValue - 5, clone.ReadInt64());
        clone.Seek(0);
        Assert.Equal(7, clone.ReadByte());
    }

    [Fact]
    public void Reading_or_seeking_past_the_end_is_an_end_of_stream_error()
    {
        using var directory = new MappedIndexDirectory(_folder);
        using (var output = directory.CreateOutput("short.bin", IOContext.DEFAULT))
        {
            output.WriteInt16(1);
        }

        using var input = directory.OpenInput("short.bin", IOContext.DEFAULT);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Equal(0, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.Seek(3));
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[1], 0, 1));
    }

    [Fact]
    public void An_empty_file_opens_with_length_zero()
    {
        using var directory = new MappedIndexDirectory(_folder);
        directory.CreateOutput("empty.bin", IOContext.DEFAULT).Dispose();

        using var input = directory.OpenInput("empty.bin", IOContext.DEFAULT);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_slice_reads_only_its_own_range()
    {
        using var directory = new MappedIndexDirectory(_folder);
        using (var output = directory.CreateOutput("compound.bin", IOContext.DEFAULT))
        {
            output.WriteBytes([10, 11, 12, 13, 14, 15], 6);
        }

        using var slicer = directory.CreateSlicer("compound.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("middle", 2, 3);
        Assert.Equal(3, slice.Length);
        Assert.Equal(12, slice.ReadByte());
        slice.Seek(2);
        Assert.Equal(14, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentOutOfRangeException>(() => slicer.OpenSlice("beyond", 4, 3));
    }

    [Fact]
    public void A_file_can_be_deleted_while_it_is_being_read()
    {
        using var directory = new MappedIndexDirectory(_folder);
        using (var output = directory.CreateOutput("merged-away.bin", IOContext.DEFAULT))
        {
            output.WriteInt64(42);
        }

        using var input = directory.OpenInput("merged-away.bin", IOContext.DEFAULT);
        directory.DeleteFile("merged-away.bin");

        Assert.False(File.Exists(Path.Combine(_folder, "merged-away.bin")));
        Assert.Equal(42, input.ReadInt64());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder; the OS cleans it.
        }
    }
}
