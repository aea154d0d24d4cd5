using System.Text.RegularExpressions;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Forms.Submissions;

/// <summary>Keeps uploads in <c>&lt;data&gt;/form-files/</c>, outside the web root: they are served only through the authorized entries API.</summary>
public sealed partial class FileSystemFormFileStore(DataFolder dataFolder) : IFormFileStore
{
    private readonly string _root = dataFolder.Sub("form-files");

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        var key = Guid.NewGuid().ToString("N") + extension;
        await using var file = new FileStream(PathOf(key), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) =>
        KeyShape().IsMatch(key) ? Path.Combine(_root, key) : throw new ArgumentException("Not a form file key.", nameof(key));

    [GeneratedRegex("^[0-9a-f]{32}\\.[a-z]{3,4}$")]
    private static partial Regex KeyShape();
}
