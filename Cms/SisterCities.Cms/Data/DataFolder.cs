namespace SisterCities.Cms.Data;

/// <summary>The resolved, writable data folder (<c>Cms:DataPath</c>): SQLite file, search index, media, mail drop.</summary>
public sealed class DataFolder
{
    public DataFolder(string contentRoot, string configuredPath)
    {
        Path = System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, configuredPath));
        try
        {
            Directory.CreateDirectory(Path);
            var probe = System.IO.Path.Combine(Path, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CmsConfigurationException(
                $"Cms:DataPath points to '{Path}', which cannot be created or written ({e.Message}). Set Cms:DataPath to a folder this process may write.");
        }
    }

    public string Path { get; }

    /// <summary>A sub-folder, created on first use.</summary>
    public string Sub(string name)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
