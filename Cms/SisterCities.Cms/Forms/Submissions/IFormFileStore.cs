namespace SisterCities.Cms.Forms.Submissions;

/// <summary>
/// Where uploaded files of entries live. Small on purpose so the media store can replace the file-system one.
/// Keys are made by the store, never from the visitor's file name.
/// </summary>
public interface IFormFileStore
{
    Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken);

    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
