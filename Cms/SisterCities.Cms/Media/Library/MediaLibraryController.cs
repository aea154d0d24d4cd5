using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Media.Library;

/// <summary>
/// The media library in the backoffice: the libraries a user may open, one library's folders and items with
/// search by name, and uploading through a plain HTML form (works without JavaScript).
/// </summary>
[Route("backoffice/media")]
public sealed class MediaLibraryController(
    SiteDirectory sites, MediaFolderAccess access, MediaLibrary library, MultipartUploadReader uploads, IOptions<MediaOptions> options)
    : MediaBackofficeController(sites, access)
{
    public const int PageSize = 48;

    private static readonly Lazy<byte[]> FocalPointJs = new(() =>
    {
        using var stream = typeof(MediaLibraryController).Assembly.GetManifestResourceStream("SisterCities.Cms.Media.Assets.focal-point.js")
            ?? throw new InvalidOperationException("The focal point script is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var visible = (await Sites.AllAsync(cancellationToken))
            .Where(s => Access.CanRead(User, s.Key))
            .Where(s => string.IsNullOrWhiteSpace(q) || s.NameUk.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) || s.NameEn.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.NameUk, StringComparer.Create(new System.Globalization.CultureInfo("uk-UA"), ignoreCase: true))
            .ToList();
        return MediaPage("Libraries", new MediaLibrariesModel(visible, Access.CanWrite(User, null), q));
    }

    /// <summary>The item page's optional click-to-set focal point script; served from here because CSP allows only 'self'.</summary>
    [HttpGet("focal-point.js")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public IActionResult FocalPointScript() => File(FocalPointJs.Value, "text/javascript; charset=utf-8");

    [HttpGet("network")]
    public Task<IActionResult> Network(string? folder, string? name, int? page, CancellationToken cancellationToken) =>
        ShowAsync(null, folder, name, page, cancellationToken);

    [HttpGet("sites/{siteKey}")]
    public Task<IActionResult> Site(string siteKey, string? folder, string? name, int? page, CancellationToken cancellationToken) =>
        ShowAsync(siteKey, folder, name, page, cancellationToken);

    [HttpPost("network/upload")]
    [MediaUploadEndpoint]
    public Task<IActionResult> UploadToNetwork(IFormFile? file, string? folder, string? altUk, string? altEn, CancellationToken cancellationToken) =>
        UploadAsync(null, file, folder, altUk, altEn, cancellationToken);

    [HttpPost("sites/{siteKey}/upload")]
    [MediaUploadEndpoint]
    public Task<IActionResult> UploadToSite(string siteKey, IFormFile? file, string? folder, string? altUk, string? altEn, CancellationToken cancellationToken) =>
        UploadAsync(siteKey, file, folder, altUk, altEn, cancellationToken);

    private async Task<IActionResult> ShowAsync(string? siteKey, string? folder, string? name, int? page, CancellationToken cancellationToken)
    {
        var (site, refusal) = await OpenLibraryAsync(siteKey, write: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var notice = Request.Query.ContainsKey("deleted") ? "The file was deleted." : null;
        return MediaPage("Folder", await FolderAsync(site, folder, name, page ?? 1, notice, cancellationToken));
    }

    private async Task<IActionResult> UploadAsync(
        string? siteKey, IFormFile? file, string? folder, string? altUk, string? altEn, CancellationToken cancellationToken)
    {
        var (site, refusal) = await OpenLibraryAsync(siteKey, write: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (file is null || file.Length == 0)
        {
            errors["file"] = ["Choose a file to upload (JPEG, PNG, WebP, GIF or PDF)."];
        }

        if (altUk?.Length > MediaLimits.MaxAltTextLength || altEn?.Length > MediaLimits.MaxAltTextLength)
        {
            errors[altUk?.Length > MediaLimits.MaxAltTextLength ? "altUk" : "altEn"] = [$"Alt text is limited to {MediaLimits.MaxAltTextLength} characters."];
        }

        var status = StatusCodes.Status422UnprocessableEntity;
        if (errors.Count == 0)
        {
            try
            {
                await using var stream = file!.OpenReadStream();
                await using var received = await uploads.ReceiveFileAsync(stream, file.FileName, options.Value.MaxUploadBytes, cancellationToken);
                var request = new MediaUploadRequest(site?.Id, folder, altUk, altEn, Me.Id, Me.Name);
                var (item, created) = await library.AddAsync(received, request, cancellationToken);
                return Redirect(ItemPath(item.Key) + (created ? "?uploaded=1" : "?existing=1"));
            }
            catch (MediaRejectedException e)
            {
                // The sanitizer's own words: wrong type, too many pixels or frames, damaged, too large.
                errors["file"] = [$"\"{file!.FileName}\" was not accepted: {e.Message}"];
                status = e.StatusCode;
            }
        }

        var model = await FolderAsync(site, null, null, 1, null, cancellationToken);
        return MediaPage("Folder", new MediaFolderModel
        {
            Site = model.Site,
            Path = model.Path,
            CanWrite = model.CanWrite,
            Folders = model.Folders,
            Total = model.Total,
            Items = model.Items,
            Errors = errors,
            Upload = (folder, altUk, altEn),
        }, status);
    }

    private async Task<MediaFolderModel> FolderAsync(SiteSummary? site, string? folder, string? name, int page, string? notice, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, 100_000);
        var cleanFolder = string.IsNullOrWhiteSpace(folder) ? null : MediaFileName.SanitizeFolder(folder);
        var (total, items) = await library.SearchAsync(site?.Id, cleanFolder, name, (page - 1) * PageSize, PageSize, cancellationToken);
        return new MediaFolderModel
        {
            Site = site,
            Path = LibraryPath(site?.Key),
            CanWrite = Access.CanWrite(User, site?.Key),
            Folders = await library.FoldersAsync(site?.Id, cancellationToken),
            Folder = cleanFolder,
            Name = name,
            Page = page,
            Total = total,
            Items = items,
            Notice = notice,
        };
    }
}
