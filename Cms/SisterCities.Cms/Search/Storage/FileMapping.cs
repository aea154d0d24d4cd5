using System.IO.MemoryMappedFiles;

namespace SisterCities.Cms.Search.Storage;

/// <summary>
/// One index file mapped read-only into memory, with the view's address taken once. The mapping is released by the
/// finalizer, never by <c>Dispose</c>: every <see cref="MappedIndexInput"/> (and each of Lucene's many clones of it)
/// holds a reference to its mapping, so the memory cannot be unmapped while any of them could still read it. Lucene
/// promises not to use a clone after its file is closed, but a broken promise would then be a crash of the process
/// instead of an exception; the price of this safety is that a deleted segment's pages are returned at the next full
/// garbage collection rather than at once.
/// </summary>
internal sealed unsafe class FileMapping
{
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _view;

    private FileMapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _file = file;
        _view = view;
        Start = start;
        Length = length;
    }

    ~FileMapping()
    {
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }

        _file?.Dispose();
    }

    public byte* Start { get; }

    public long Length { get; }

    public static FileMapping Open(string path)
    {
        // Delete is shared so that Lucene can remove a merged-away segment while a reader still has it open.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            var length = stream.Length;
            if (length == 0)
            {
                stream.Dispose();
                return new FileMapping(null, null, null, 0);
            }

            file = MemoryMappedFile.CreateFromFile(stream, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            return new FileMapping(file, view, start + view.PointerOffset, length);
        }
        catch
        {
            view?.Dispose();
            if (file is null)
            {
                stream.Dispose();
            }
            else
            {
                file.Dispose();
            }

            throw;
        }
    }
}
