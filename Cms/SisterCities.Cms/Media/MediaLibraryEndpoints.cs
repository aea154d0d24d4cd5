using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Media;

/// <summary>The backoffice media API: upload, list and search, edit alt text and focal point, delete unless used.</summary>
public static class MediaLibraryEndpoints
{
    public const string Route = "/backoffice/api/media";

    public static IEndpointRouteBuilder MapMediaLibraryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).RequireAuthorization().WithTags("Media library");
        group.MapPost("/", UploadAsync).WithMetadata(new MediaUploadEndpointAttribute()).WithSummary("Upload an image or PDF (multipart); the type is decided by its bytes and images are re-encoded without metadata.");
        group.MapGet("/", ListAsync).WithSummary("List a folder of the media library, searchable by name.");
        group.MapGet("/{key:guid}", GetAsync).WithSummary("One media item with the content that uses it.");
        group.MapPatch("/{key:guid}", UpdateAsync).WithSummary("Set alt text per culture and the focal point.");
        group.MapDelete("/{key:guid}", DeleteAsync).WithSummary("Delete an item; refused (409) while content uses it.");
        return app;
    }

    private static async Task<Results<Created<MediaItemResponse>, Ok<MediaItemResponse>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ClaimsPrincipal user, MultipartUploadReader reader, MediaLibrary library, SiteDirectory sites,
        MediaFolderAccess access, IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        if (IsCrossSite(request))
        {
            return Problem(StatusCodes.Status403Forbidden, "Uploads are accepted only from the backoffice's own origin.");
        }

        try
        {
            var (file, fields) = await reader.ReadAsync(request, options.Value.MaxUploadBytes, cancellationToken);
            await using (file)
            {
                var siteKey = fields.GetValueOrDefault("site") is { Length: > 0 } key ? key : null;
                var site = siteKey is null ? null : await sites.FindByKeyAsync(siteKey, cancellationToken);
                if (siteKey is not null && site is null)
                {
                    return Problem(StatusCodes.Status400BadRequest, $"Parameter 'site': no site has the key '{siteKey}'.");
                }

                if (!access.CanWrite(user, siteKey))
                {
                    return Problem(StatusCodes.Status403Forbidden, "You may not add files to this library folder.");
                }

                var altUk = fields.GetValueOrDefault("altUk");
                var altEn = fields.GetValueOrDefault("altEn");
                if (altUk?.Length > MediaLimits.MaxAltTextLength || altEn?.Length > MediaLimits.MaxAltTextLength)
                {
                    return Problem(StatusCodes.Status400BadRequest, $"Alt text is limited to {MediaLimits.MaxAltTextLength} characters.");
                }

                var uploadRequest = new MediaUploadRequest(
                    site?.Id, fields.GetValueOrDefault("folder"), altUk, altEn,
                    user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "unknown");
                var (item, created) = await library.AddAsync(file, uploadRequest, cancellationToken);
                var response = MediaItemResponse.From(item, siteKey);
                return created
                    ? TypedResults.Created($"{Route}/{item.Key:D}", response)
                    : TypedResults.Ok(response);
            }
        }
        catch (MediaRejectedException e)
        {
            return Problem(e.StatusCode, e.Message);
        }
    }

    private static async Task<Results<Ok<MediaListResponse>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, MediaLibrary library, SiteDirectory sites, MediaFolderAccess access,
        string? site, string? folder, string? name, int? skip, int? take, CancellationToken cancellationToken)
    {
        if (skip < 0 || take is < 1 or > MediaLimits.MaxSearchTake)
        {
            return Problem(StatusCodes.Status400BadRequest, $"Parameters 'skip' must be 0 or more and 'take' 1 to {MediaLimits.MaxSearchTake}.");
        }

        var summary = site is null ? null : await sites.FindByKeyAsync(site, cancellationToken);
        if (site is not null && summary is null)
        {
            return Problem(StatusCodes.Status400BadRequest, $"Parameter 'site': no site has the key '{site}'.");
        }

        if (!access.CanRead(user, site))
        {
            return Problem(StatusCodes.Status403Forbidden, "You may not see this library folder.");
        }

        var (total, items) = await library.SearchAsync(summary?.Id, folder, name, skip ?? 0, take ?? 50, cancellationToken);
        return TypedResults.Ok(new MediaListResponse(total, items.Select(i => MediaItemResponse.From(i, site)).ToList()));
    }

    private static async Task<Results<Ok<MediaItemResponse>, ProblemHttpResult>> GetAsync(
        Guid key, ClaimsPrincipal user, MediaLibrary library, SiteDirectory sites, MediaFolderAccess access, CancellationToken cancellationToken)
    {
        var (item, siteKey, problem) = await FindAllowedAsync(key, user, library, sites, access, write: false, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var uses = await library.FindUsesAsync(key, cancellationToken);
        return TypedResults.Ok(MediaItemResponse.From(item!, siteKey, uses));
    }

    private static async Task<Results<Ok<MediaItemResponse>, ProblemHttpResult>> UpdateAsync(
        Guid key, MediaItemPatch patch, ClaimsPrincipal user, MediaLibrary library, SiteDirectory sites, MediaFolderAccess access,
        CancellationToken cancellationToken)
    {
        if (patch.FocalPoint is { } focal && (focal.Left is < 0 or > 1 || focal.Top is < 0 or > 1 || double.IsNaN(focal.Left) || double.IsNaN(focal.Top)))
        {
            return Problem(StatusCodes.Status400BadRequest, "Parameter 'focalPoint': left and top must be fractions between 0 and 1.");
        }

        if (patch.AltText?.Uk?.Length > MediaLimits.MaxAltTextLength || patch.AltText?.En?.Length > MediaLimits.MaxAltTextLength)
        {
            return Problem(StatusCodes.Status400BadRequest, $"Parameter 'altText': at most {MediaLimits.MaxAltTextLength} characters per culture.");
        }

        var (_, siteKey, problem) = await FindAllowedAsync(key, user, library, sites, access, write: true, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var changes = new MediaItemChanges(patch.AltText?.Uk, patch.AltText?.En, patch.FocalPoint?.Left, patch.FocalPoint?.Top);
        MediaItem? updated;
        try
        {
            updated = await library.UpdateAsync(key, changes, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem(StatusCodes.Status409Conflict, "Someone else changed this item at the same moment; reload it and try again.");
        }

        return updated is null
            ? Problem(StatusCodes.Status404NotFound, "No media item has this key.")
            : TypedResults.Ok(MediaItemResponse.From(updated, siteKey));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid key, ClaimsPrincipal user, MediaLibrary library, SiteDirectory sites, MediaFolderAccess access, CancellationToken cancellationToken)
    {
        var (item, _, problem) = await FindAllowedAsync(key, user, library, sites, access, write: true, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        IReadOnlyList<MediaUse> uses;
        try
        {
            uses = await library.DeleteAsync(item!, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem(StatusCodes.Status409Conflict, "The item changed or was deleted while you were deleting it; reload and try again.");
        }

        if (uses.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The media item is in use",
                detail: $"Used by {uses.Count} item(s); remove it from them first.",
                extensions: new Dictionary<string, object?> { ["usedBy"] = uses });
        }

        return TypedResults.NoContent();
    }

    private static async Task<(MediaItem? Item, string? SiteKey, ProblemHttpResult? Problem)> FindAllowedAsync(
        Guid key, ClaimsPrincipal user, MediaLibrary library, SiteDirectory sites, MediaFolderAccess access, bool write,
        CancellationToken cancellationToken)
    {
        var item = await library.FindAsync(key, cancellationToken);
        if (item is null)
        {
            return (null, null, Problem(StatusCodes.Status404NotFound, "No media item has this key."));
        }

        var siteKey = item.SiteId is { } siteId ? (await sites.FindByIdAsync(siteId, cancellationToken))?.Key : null;
        var allowed = write ? access.CanWrite(user, siteKey) : access.CanRead(user, siteKey);
        return allowed
            ? (item, siteKey, null)
            : (null, null, Problem(StatusCodes.Status403Forbidden, "You may not change this library folder."));
    }

    /// <summary>
    /// A multipart POST is a "simple" request a foreign page can send with the editor's cookies (CSRF). Browsers
    /// say where a request comes from (Sec-Fetch-Site, Origin); anything from another site is refused.
    /// </summary>
    private static bool IsCrossSite(HttpRequest request)
    {
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(statusCode: status, detail: detail);
}
