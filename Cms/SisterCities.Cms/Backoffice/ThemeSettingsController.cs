using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Media;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;
using SisterCities.Cms.ThemeSettings;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>
/// A site's theme, primary colour, logo, coat of arms and footer text, for its site admins and network admins.
/// Images are uploaded through the media library (type by bytes, re-encoded without metadata) or picked from it.
/// </summary>
[Route("backoffice/sites/{siteKey}/theme")]
public sealed class ThemeSettingsController(
    SiteDirectory sites, ThemeRegistry themes, ThemeSettingsWriter writer, MediaLibrary library, MediaWorkFolders folders) : BackofficeController
{
    public const string ImageFolder = "theme";

    [HttpGet("")]
    public async Task<IActionResult> Show(string siteKey, bool saved, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        if (!Me.Can(site.Id, SiteRole.SiteAdmin))
        {
            return Forbidden();
        }

        return await PageAsync(site, Current(site), new Dictionary<string, string[]>(), saved, StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(
        string siteKey, string? theme, string? primaryColour, Guid? logoMediaKey, Guid? coatOfArmsMediaKey, string? footerTextUk, string? footerTextEn,
        CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        var change = new ThemeSettingsChange(theme ?? "", primaryColour, logoMediaKey, coatOfArmsMediaKey, footerTextUk, footerTextEn);
        var outcome = await writer.SaveAsync(Me, site.Id, change, cancellationToken);
        return outcome.Status switch
        {
            WorkflowStatus.Done => Redirect($"/backoffice/sites/{site.Key}/theme?saved=true"),
            WorkflowStatus.Invalid => await PageAsync(site, change, outcome.Errors ?? new Dictionary<string, string[]>(), false, StatusCodes.Status422UnprocessableEntity, cancellationToken),
            _ => Refused(outcome),
        };
    }

    /// <summary>Uploads a logo or coat of arms into the site's library and makes it the site's at once.</summary>
    [HttpPost("images")]
    public async Task<IActionResult> Upload(string siteKey, string? use, IFormFile? file, string? altUk, string? altEn, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        if (!Me.Can(site.Id, SiteRole.SiteAdmin))
        {
            return Forbidden();
        }

        var field = use == "logo" ? "logoMediaKey" : "coatOfArmsMediaKey";
        if (file is null || file.Length == 0 || (use is not ("logo" or "coatOfArms")))
        {
            return await PageAsync(site, Current(site), Error("file", "Choose an image file to upload as the logo or the coat of arms."), false, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        MediaItem item;
        try
        {
            await using var upload = await ReceiveAsync(file, cancellationToken);
            (item, _) = await library.AddAsync(upload, new MediaUploadRequest(site.Id, ImageFolder, altUk, altEn, Me.Id, Me.Name), cancellationToken);
        }
        catch (MediaRejectedException e)
        {
            return await PageAsync(site, Current(site), Error("file", e.Message), false, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        var current = Current(site);
        var change = use == "logo" ? current with { LogoMediaKey = item.Key } : current with { CoatOfArmsMediaKey = item.Key };
        var outcome = await writer.SaveAsync(Me, site.Id, change, cancellationToken);
        return outcome.Status switch
        {
            WorkflowStatus.Done => Redirect($"/backoffice/sites/{site.Key}/theme?saved=true"),
            WorkflowStatus.Invalid => await PageAsync(site, current, outcome.Errors?.ToDictionary(e => e.Key == field ? "file" : e.Key, e => e.Value) ?? [], false, StatusCodes.Status422UnprocessableEntity, cancellationToken),
            _ => Refused(outcome),
        };
    }

    private static ThemeSettingsChange Current(SiteSummary site)
    {
        var settings = SiteThemeSettings.Parse(site.ThemeSettings);
        return new ThemeSettingsChange(site.Theme, settings.PrimaryColour, settings.LogoMediaKey, settings.CoatOfArmsMediaKey, settings.FooterTextUk, settings.FooterTextEn);
    }

    private static Dictionary<string, string[]> Error(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };

    private async Task<IActionResult> PageAsync(
        SiteSummary site, ThemeSettingsChange values, IReadOnlyDictionary<string, string[]> errors, bool saved, int status, CancellationToken cancellationToken)
    {
        var (_, images) = await library.SearchAsync(site.Id, null, null, 0, ThemeSettingsModel.ImageChoices, cancellationToken);
        var model = new ThemeSettingsModel(
            site, values, themes.All.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(), images.Where(i => i.IsImage).ToList(), errors, saved);
        return Page("ThemeSettings", model, status);
    }

    /// <summary>Copies the form file to a private temporary file with its SHA-256, as the media API's own reader does.</summary>
    private async Task<ReceivedUpload> ReceiveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var path = folders.NewTemporaryFile();
        await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
        await using (var input = file.OpenReadStream())
        {
            await input.CopyToAsync(output, cancellationToken);
        }

        await using var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, useAsync: true);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, cancellationToken));
        return new ReceivedUpload(path, file.FileName, file.Length, hash);
    }
}
