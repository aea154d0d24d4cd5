namespace SisterCities.Cms.Media;

/// <summary>A media item as the backoffice API returns it.</summary>
public sealed record MediaItemResponse(
    Guid Key,
    string? Site,
    string Folder,
    string FileName,
    string ContentType,
    long Bytes,
    int? Width,
    int? Height,
    MediaFocalPoint? FocalPoint,
    MediaAltText AltText,
    bool UsableOnPublicPage,
    IReadOnlyList<string> PublicUseProblems,
    string Url,
    string? ThumbnailUrl,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<MediaUse>? UsedBy)
{
    public static MediaItemResponse From(MediaItem item, string? siteKey, IReadOnlyList<MediaUse>? usedBy = null) => new(
        item.Key,
        siteKey,
        item.Folder,
        item.FileName,
        item.ContentType,
        item.Bytes,
        item.Width,
        item.Height,
        item.FocalLeft is { } l && item.FocalTop is { } t ? new MediaFocalPoint(l, t) : null,
        new MediaAltText(item.AltUk, item.AltEn),
        item.IsUsableOnPublicPage,
        item.PublicUseProblems(),
        MediaUrls.OriginalPath(item),
        item.IsImage ? MediaUrls.Preset(item, "thumb") : null,
        item.CreatedByName,
        item.CreatedAt,
        usedBy);
}
