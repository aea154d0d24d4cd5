using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Media.Library;

/// <summary>
/// One media item in the backoffice: preview and crops, alt text per culture, focal point, "used by" with links,
/// rename, and delete (refused, with the list of its users, while anything uses it).
/// </summary>
[Route("backoffice/media/items/{key:guid}")]
public sealed class MediaItemController(SiteDirectory sites, MediaFolderAccess access, MediaLibrary library)
    : MediaBackofficeController(sites, access)
{
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid key, CancellationToken cancellationToken)
    {
        var notice = Request.Query.ContainsKey("uploaded") ? "Uploaded. Add the alt text in both languages before the image is used on a page."
            : Request.Query.ContainsKey("existing") ? "This file was already in this folder; here it is."
            : Request.Query.ContainsKey("saved") ? "Saved." : null;
        return await ShowAsync(key, new Dictionary<string, string[]>(), StatusCodes.Status200OK, notice, null, cancellationToken);
    }

    [HttpPost("details")]
    public async Task<IActionResult> Details(Guid key, string? altUk, string? altEn, string? focalLeft, string? focalTop, CancellationToken cancellationToken)
    {
        var (_, _, refusal) = await OpenItemAsync(await library.FindAsync(key, cancellationToken), write: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (altUk?.Length > MediaLimits.MaxAltTextLength)
        {
            errors["altUk"] = [$"Ukrainian alt text is limited to {MediaLimits.MaxAltTextLength} characters."];
        }

        if (altEn?.Length > MediaLimits.MaxAltTextLength)
        {
            errors["altEn"] = [$"English alt text is limited to {MediaLimits.MaxAltTextLength} characters."];
        }

        var left = Percent(focalLeft, "focalLeft", "from the left", errors);
        var top = Percent(focalTop, "focalTop", "from the top", errors);
        if ((left is null) != (top is null) && !errors.ContainsKey("focalLeft") && !errors.ContainsKey("focalTop"))
        {
            errors[left is null ? "focalLeft" : "focalTop"] = ["Give both focal point values, or leave both empty."];
        }

        if (errors.Count > 0)
        {
            return await ShowAsync(key, errors, StatusCodes.Status422UnprocessableEntity, null, (altUk, altEn, focalLeft, focalTop, null), cancellationToken);
        }

        try
        {
            await library.UpdateAsync(key, new MediaItemChanges(altUk ?? "", altEn ?? "", left / 100, top / 100), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Page("Message", new MessageModel("Changed by someone else", "Someone changed this file at the same moment; open it again and repeat your change.", null, ItemPath(key)), StatusCodes.Status409Conflict);
        }

        return Redirect(ItemPath(key) + "?saved=1");
    }

    [HttpPost("rename")]
    public async Task<IActionResult> Rename(Guid key, string? name, CancellationToken cancellationToken)
    {
        var (_, _, refusal) = await OpenItemAsync(await library.FindAsync(key, cancellationToken), write: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > MediaLimits.MaxFileNameLength)
        {
            var errors = new Dictionary<string, string[]> { ["name"] = [$"Give a name of 1 to {MediaLimits.MaxFileNameLength} characters."] };
            return await ShowAsync(key, errors, StatusCodes.Status422UnprocessableEntity, null, (null, null, null, null, name), cancellationToken);
        }

        try
        {
            await library.RenameAsync(key, name, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Page("Message", new MessageModel("Changed by someone else", "Someone changed this file at the same moment; open it again and repeat your change.", null, ItemPath(key)), StatusCodes.Status409Conflict);
        }

        return Redirect(ItemPath(key) + "?saved=1");
    }

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(Guid key, CancellationToken cancellationToken)
    {
        var item = await library.FindAsync(key, cancellationToken);
        var (site, _, refusal) = await OpenItemAsync(item, write: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        IReadOnlyList<MediaUse> uses;
        try
        {
            uses = await library.DeleteAsync(item!, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Page("Message", new MessageModel("Changed by someone else", "The file changed or was deleted while you were deleting it.", null, LibraryPath(site?.Key)), StatusCodes.Status409Conflict);
        }

        if (uses.Count > 0)
        {
            var errors = new Dictionary<string, string[]> { ["used-by"] = [$"Not deleted: this file is used by {uses.Count} item(s), listed below. Remove it from them first."] };
            return await ShowAsync(key, errors, StatusCodes.Status409Conflict, null, null, cancellationToken, deleteRefused: true);
        }

        return Redirect(LibraryPath(site?.Key) + "?deleted=1");
    }

    private async Task<IActionResult> ShowAsync(
        Guid key, IReadOnlyDictionary<string, string[]> errors, int status, string? notice,
        (string? AltUk, string? AltEn, string? Left, string? Top, string? Name)? typed, CancellationToken cancellationToken, bool deleteRefused = false)
    {
        var item = await library.FindAsync(key, cancellationToken);
        var (site, canWrite, refusal) = await OpenItemAsync(item, write: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var uses = await DescribeAsync(await library.FindUsesAsync(key, cancellationToken), cancellationToken);
        return MediaPage("Item", new MediaItemPageModel
        {
            Item = item!,
            Site = site,
            LibraryPath = LibraryPath(site?.Key),
            CanWrite = canWrite,
            Uses = uses,
            Errors = errors,
            Notice = notice,
            AltUk = typed is { } t ? t.AltUk : item!.AltUk,
            AltEn = typed is { } t2 ? t2.AltEn : item!.AltEn,
            FocalLeft = typed is { } t3 ? t3.Left : Format(item!.FocalLeft),
            FocalTop = typed is { } t4 ? t4.Top : Format(item!.FocalTop),
            NewName = typed?.Name ?? item!.FileName,
            DeleteRefused = deleteRefused,
        }, status);
    }

    private static string? Format(double? fraction) => fraction is { } f ? (f * 100).ToString("0.#", CultureInfo.InvariantCulture) : null;

    /// <summary>A focal point coordinate in percent (0–100); a comma is accepted as the decimal separator, as Ukrainian keyboards type it.</summary>
    private static double? Percent(string? text, string field, string words, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
        {
            return value;
        }

        errors[field] = [$"The focal point {words} must be a number from 0 to 100 (percent)."];
        return null;
    }
}
