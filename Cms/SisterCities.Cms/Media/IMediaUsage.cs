namespace SisterCities.Cms.Media;

/// <summary>
/// Something that can hold a reference to a media item (content, catalog showrooms, forms…). A media item is
/// not deleted while any implementation reports a use; the library UI shows the same list as "used by".
/// Features register their own implementation with <c>services.AddScoped&lt;IMediaUsage, …&gt;()</c>.
/// </summary>
public interface IMediaUsage
{
    Task<IReadOnlyList<MediaUse>> FindUsesAsync(Guid mediaKey, CancellationToken cancellationToken);
}
