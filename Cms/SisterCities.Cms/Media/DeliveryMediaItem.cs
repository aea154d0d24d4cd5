namespace SisterCities.Cms.Media;

/// <summary>A media item in the Umbraco Delivery API v2 shape.</summary>
public sealed record DeliveryMediaItem(
    Guid Id,
    string Name,
    string MediaType,
    string Url,
    string Extension,
    int? Width,
    int? Height,
    long Bytes,
    MediaFocalPoint? FocalPoint,
    IReadOnlyList<DeliveryMediaCrop> Crops,
    IReadOnlyDictionary<string, object?> Properties);
