using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SisterCities.Cms.Media;

/// <summary>
/// Public media URLs: <c>/media/{key}/{version}/{fileName}</c> serves the cleaned original, and with a query a
/// rendition (signed, or a named preset). Every response is immutable for a year: the version segment changes
/// whenever the bytes would.
/// </summary>
public static partial class MediaFileEndpoints
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapMediaFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(MediaUrls.RoutePrefix + "/{key:guid}/{version}/{fileName}", ServeAsync).WithTags("Media files").AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("An original or a rendition (width, height, rmode, ranchor, rxy, format, quality; signed with hmac= unless a preset). The file name is for people and caches; the key and version decide.");
        return app;
    }

    private static async Task<IResult> ServeAsync(
        Guid key, string version, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "fileName")] string fileName, HttpContext context, MediaItemLookup lookup, IMediaStore store, RenditionRenderer renderer,
        RenditionUrlSigner signer, IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        if (!VersionPattern().IsMatch(version))
        {
            return NotFound();
        }

        var item = await lookup.FindAsync(key, version, cancellationToken);
        if (item is null || item.UrlVersion != version)
        {
            return NotFound();
        }

        var query = context.Request.Query;
        var headers = context.Response.Headers;
        if (query.Count == 0)
        {
            return await OriginalAsync(item, context, store, cancellationToken);
        }

        if (!item.IsImage)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "Only images have renditions.");
        }

        var parameters = RenditionQuery.Parse(query, options.Value.MaxRenditionDimension, out var error);
        if (parameters is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: error);
        }

        if (!RenditionQuery.IsUnsignedAllowed(query))
        {
            var pairs = query.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString()));
            if (!signer.Verify(MediaUrls.OriginalPath(item), pairs, query[RenditionQuery.Hmac]))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "This rendition URL is not signed, or the signature does not match.");
            }
        }

        var acceptsWebP = context.Request.Headers.Accept.ToString().Contains("image/webp", StringComparison.OrdinalIgnoreCase);
        var contentType = RenditionRenderer.ResolveFormat(item, parameters, acceptsWebP);
        string path;
        try
        {
            path = await renderer.GetOrCreateAsync(item, parameters, contentType, cancellationToken);
        }
        catch (Exception e) when (e is MediaRejectedException or IOException and not FileNotFoundException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, detail: "The rendition cannot be made right now: " + e.Message);
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }

        headers.CacheControl = ImmutableCacheControl;
        headers.Vary = HeaderNames.Accept;
        var etag = new EntityTagHeaderValue("\"" + Path.GetFileNameWithoutExtension(path) + "\"");
        return TypedResults.PhysicalFile(path, contentType, entityTag: etag);
    }

    private static async Task<IResult> OriginalAsync(MediaItem item, HttpContext context, IMediaStore store, CancellationToken cancellationToken)
    {
        var stream = await store.OpenReadAsync(item.StoragePath, cancellationToken);
        if (stream is null)
        {
            return NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = ImmutableCacheControl;
        headers.XContentTypeOptions = "nosniff";
        var etag = new EntityTagHeaderValue("\"" + item.UrlVersion + "\"");
        if (item.IsImage)
        {
            return TypedResults.Stream(stream, item.ContentType, entityTag: etag);
        }

        // A PDF is downloaded, never shown inline from our origin, and never sniffed as anything else: a
        // PDF/HTML polyglot cannot run script in the site's context.
        return TypedResults.Stream(stream, item.ContentType, fileDownloadName: item.FileName, entityTag: etag);
    }

    private static IResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No media file at this address.");

    [GeneratedRegex("^[0-9a-f]{12}-[0-9]{1,9}$")]
    private static partial Regex VersionPattern();
}
