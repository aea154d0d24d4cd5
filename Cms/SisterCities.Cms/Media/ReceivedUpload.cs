namespace SisterCities.Cms.Media;

/// <summary>An uploaded file already streamed to a private temporary file, with its size and SHA-256. Deletes the file on dispose.</summary>
public sealed class ReceivedUpload(string temporaryPath, string? originalName, long bytes, string sha256) : IAsyncDisposable
{
    public string TemporaryPath { get; } = temporaryPath;

    public string? OriginalName { get; } = originalName;

    public long Bytes { get; } = bytes;

    public string Sha256 { get; } = sha256;

    public Stream OpenRead() =>
        new FileStream(TemporaryPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, useAsync: true);

    public ValueTask DisposeAsync()
    {
        File.Delete(TemporaryPath);
        return ValueTask.CompletedTask;
    }
}
