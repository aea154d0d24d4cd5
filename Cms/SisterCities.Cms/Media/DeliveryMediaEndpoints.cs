using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace SisterCities.Cms.Media;

/// <summary>
/// Umbraco Delivery API v2 media item: <c>GET /umbraco/delivery/api/v2/media/item/{id}</c>, in Umbraco's shape
/// (id, name, mediaType, url, extension, width, height, bytes, focalPoint, crops, properties). The crops are the
/// named presets; <c>properties.altText</c> follows <c>Accept-Language</c> (uk unless English is preferred).
/// </summary>
public static class DeliveryMediaEndpoints
{
    public const string Route = "/umbraco/delivery/api/v2/media/item/{id:guid}";

    public static IEndpointRouteBuilder MapDeliveryMediaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetAsync).WithTags("Delivery API").AllowAnonymous().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One media item in Umbraco's Delivery API shape: url, size, focal point, crops, alt text per Accept-Language.");
        return app;
    }

    private static async Task<Results<Ok<DeliveryMediaItem>, ProblemHttpResult>> GetAsync(
        Guid id, HttpRequest request, MediaItemLookup lookup, CancellationToken cancellationToken)
    {
        var item = await lookup.FindAsync(id, null, cancellationToken);
        if (item is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"No media item with id '{id}'.");
        }

        var culture = PreferredCulture(request.Headers.AcceptLanguage.ToString());
        var crops = item.IsImage
            ? RenditionPresets.All.Select(p => new DeliveryMediaCrop(p.Key, p.Value.Width ?? 0, p.Value.Height ?? 0, null)).ToList()
            : [];
        var properties = new Dictionary<string, object?>
        {
            ["altText"] = item.AltText(culture),
            ["culture"] = culture,
        };
        return TypedResults.Ok(new DeliveryMediaItem(
            item.Key,
            item.FileName,
            item.IsImage ? "Image" : "File",
            MediaUrls.OriginalPath(item),
            MediaFormats.Extension(item.ContentType),
            item.Width,
            item.Height,
            item.Bytes,
            item.FocalLeft is { } left && item.FocalTop is { } top ? new MediaFocalPoint(left, top) : null,
            crops,
            properties));
    }

    /// <summary>The first of uk/en in the header's order of preference; uk when neither is named.</summary>
    public static string PreferredCulture(string acceptLanguage)
    {
        var ranked = acceptLanguage.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((part, index) =>
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries);
                var q = pieces.Skip(1).FirstOrDefault(p => p.StartsWith("q=", StringComparison.Ordinal)) is { } qs
                    && double.TryParse(qs[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                        ? value
                        : 1.0;
                return (Language: pieces[0].Split('-')[0].ToLowerInvariant(), Q: q, Index: index);
            })
            .Where(l => l.Language is "uk" or "en" && l.Q > 0)
            .OrderByDescending(l => l.Q).ThenBy(l => l.Index);
        return ranked.Select(l => l.Language).FirstOrDefault() ?? "uk";
    }
}
