namespace SisterCities.Cms.Media;

/// <summary>
/// <see cref="IMediaStore"/> on a folder: local disk, or a shared volume (NFS, SMB, a mounted bucket) when
/// several nodes serve the network. Writes go to a temporary file in the same folder and are then renamed,
/// which is atomic on one file system.
/// </summary>
public sealed class FileSystemMediaStore : IMediaStore
{
    private const int BufferSize = 81_920;

    public FileSystemMediaStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        var target = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await content.CopyToAsync(file, BufferSize, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) => Task.FromResult(File.Exists(Resolve(path)));

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        var full = Resolve(path);
        if (!File.Exists(full))
        {
            return Task.FromResult<Stream?>(null);
        }

        try
        {
            return Task.FromResult<Stream?>(new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, useAsync: true));
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        File.Delete(Resolve(path));
        return Task.CompletedTask;
    }

    /// <summary>Defence in depth: paths come from the library, but a path that escapes the root is a programming error.</summary>
    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Media path '{path}' is outside the store.", nameof(path));
        }

        return full;
    }
}
