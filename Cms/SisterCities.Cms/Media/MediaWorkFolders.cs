namespace SisterCities.Cms.Media;

/// <summary>Resolved folders of the media feature: temporary uploads and the per-node rendition cache.</summary>
public sealed record MediaWorkFolders(string Temporary, string RenditionCache)
{
    public string NewTemporaryFile() => Path.Combine(Temporary, Guid.NewGuid().ToString("N") + ".upload");
}
