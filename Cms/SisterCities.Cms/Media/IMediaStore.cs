namespace SisterCities.Cms.Media;

/// <summary>
/// Where media bytes live. Paths are relative, made by the library itself (content addresses such as
/// <c>originals/ab/abcdef….jpg</c>), never from user input. Implementations stream; none loads a whole file.
/// </summary>
public interface IMediaStore
{
    /// <summary>Writes a file atomically: readers see the old state or the whole new file, never a partial one.</summary>
    Task WriteAsync(string path, Stream content, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken);

    /// <summary>Opens a file for reading, or null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken);

    Task DeleteAsync(string path, CancellationToken cancellationToken);
}
