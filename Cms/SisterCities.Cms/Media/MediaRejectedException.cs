using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Media;

/// <summary>An upload refused for a reason the uploader can act on; endpoints turn it into problem+json.</summary>
public sealed class MediaRejectedException(int statusCode, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;

    public static MediaRejectedException UnsupportedType(string detail) => new(StatusCodes.Status415UnsupportedMediaType, detail);

    public static MediaRejectedException TooLarge(string detail) => new(StatusCodes.Status413PayloadTooLarge, detail);

    public static MediaRejectedException Invalid(string detail) => new(StatusCodes.Status400BadRequest, detail);
}
