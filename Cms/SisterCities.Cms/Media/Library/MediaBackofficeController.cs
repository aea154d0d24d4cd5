using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Backoffice;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Media.Library;

/// <summary>
/// Shared by the library's backoffice pages: views live in <c>Media/Views</c>, and who may see or change a
/// library is decided by <see cref="MediaFolderAccess"/> alone, exactly as for the media API.
/// </summary>
public abstract class MediaBackofficeController(SiteDirectory sites, MediaFolderAccess access) : BackofficeController
{
    public const string BasePath = "/backoffice/media";

    public static string LibraryPath(string? siteKey) => siteKey is null ? BasePath + "/network" : $"{BasePath}/sites/{Uri.EscapeDataString(siteKey)}";

    public static string ItemPath(Guid key) => $"{BasePath}/items/{key:D}";

    protected SiteDirectory Sites => sites;

    protected MediaFolderAccess Access => access;

    protected IActionResult MediaPage(string name, object model, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return View($"/Media/Views/{name}.cshtml", model);
    }

    /// <summary>The site of a library (null for the network), or the refusal: 404 for an unknown site, 403 without access.</summary>
    protected async Task<(SiteSummary? Site, IActionResult? Refusal)> OpenLibraryAsync(string? siteKey, bool write, CancellationToken cancellationToken)
    {
        var site = siteKey is null ? null : await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (siteKey is not null && site is null)
        {
            return (null, Missing());
        }

        var allowed = write ? access.CanWrite(User, siteKey) : access.CanRead(User, siteKey);
        return allowed ? (site, null) : (null, Forbidden());
    }

    /// <summary>The site of an item's library and whether the user may change it, or the refusal when they may not see it.</summary>
    protected async Task<(SiteSummary? Site, bool CanWrite, IActionResult? Refusal)> OpenItemAsync(MediaItem? item, bool write, CancellationToken cancellationToken)
    {
        if (item is null)
        {
            return (null, false, Missing());
        }

        var site = item.SiteId is { } siteId ? await sites.FindByIdAsync(siteId, cancellationToken) : null;
        var canWrite = access.CanWrite(User, site?.Key);
        if (!access.CanRead(User, site?.Key) || (write && !canWrite))
        {
            return (null, false, Forbidden());
        }

        return (site, canWrite, null);
    }

    /// <summary>"Used by" lines: names and links for the user's own sites, only the city's name for others.</summary>
    protected async Task<IReadOnlyList<MediaUseView>> DescribeAsync(IReadOnlyList<MediaUse> uses, CancellationToken cancellationToken)
    {
        var lines = new List<MediaUseView>();
        foreach (var use in uses)
        {
            var site = use.SiteId is { } id ? await sites.FindByIdAsync(id, cancellationToken) : null;
            var mine = use.SiteId is { } siteId && Me.RoleOn(siteId) is not null;
            lines.Add(mine && use.Kind == "content"
                ? new MediaUseView(use.Name, use.Culture, $"/backoffice/content/{use.Key:D}?culture={Uri.EscapeDataString(use.Culture ?? "")}", site?.NameEn)
                : mine
                    ? new MediaUseView(use.Name, use.Culture, null, site?.NameEn)
                    : new MediaUseView($"An item of another site ({site?.NameEn ?? "network"})", use.Culture, null, site?.NameEn));
        }

        return lines;
    }
}
