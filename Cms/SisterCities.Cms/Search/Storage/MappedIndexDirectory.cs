using Lucene.Net.Store;

namespace SisterCities.Cms.Search.Storage;

/// <summary>
/// The index folder: files are written as by every <see cref="FSDirectory"/> and read through
/// <see cref="MappedIndexInput"/>. Compound files (<c>.cfs</c>, written for small segments) are mapped once and
/// their inner files read as slices of that mapping.
/// </summary>
internal sealed class MappedIndexDirectory(string folder) : FSDirectory(new DirectoryInfo(folder), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var mapping = FileMapping.Open(Path.Combine(Directory.FullName, name));
        return new MappedIndexInput($"MappedIndexInput({name})", mapping, 0, mapping.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, FileMapping.Open(Path.Combine(Directory.FullName, name)));
    }

    private sealed class Slicer(string name, FileMapping mapping) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedIndexInput($"MappedIndexInput({sliceDescription} in {name})", mapping, offset, length);

        [Obsolete("Only for reading compound files of Lucene 3.x indexes, which this index never has.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
