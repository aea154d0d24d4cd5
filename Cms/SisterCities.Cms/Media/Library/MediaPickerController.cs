using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Media.Library;

/// <summary>
/// Choosing an image for a content item from the library, without JavaScript: the editor's "Choose from the
/// library" button saves the draft and comes here; each image has a "Choose" button that saves the draft again
/// with the image set. Only images of the item's own site library or of the network library can be chosen.
/// </summary>
[Route("backoffice/media/pick")]
public sealed class MediaPickerController(
    SiteDirectory sites, MediaFolderAccess access, MediaLibrary library, CmsDbContext db, ContentWorkflow workflow)
    : MediaBackofficeController(sites, access)
{
    public static string PickerPath(Guid item, string culture, string property) =>
        $"{BasePath}/pick?item={item:D}&culture={Uri.EscapeDataString(culture)}&property={Uri.EscapeDataString(property)}";

    [HttpGet("")]
    public async Task<IActionResult> Choose(
        Guid item, string? culture, string? property, [FromQuery(Name = "library")] string? source, string? name, int? page, CancellationToken cancellationToken)
    {
        var target = await LoadAsync(item, culture, property, cancellationToken);
        if (target.Refusal is not null)
        {
            return target.Refusal;
        }

        var network = source == "network";
        var pageNumber = Math.Clamp(page ?? 1, 1, 100_000);
        var (total, items) = await library.SearchAsync(
            network ? null : target.Site!.Id, null, name, (pageNumber - 1) * MediaLibraryController.PageSize, MediaLibraryController.PageSize, cancellationToken, imagesOnly: true);
        return MediaPage("Picker", new MediaPickerModel
        {
            ContentKey = item,
            ContentName = target.Draft!.Name,
            Culture = target.Variant!.Culture,
            Property = target.Property!.Alias,
            PropertyName = target.Property.NameEn,
            Revision = target.Variant.Revision,
            Site = target.Site!,
            Network = network,
            Current = ImageAltTextRequirement.MediaKeys(target.Values![target.Property.Alias]).Select(k => (Guid?)k).FirstOrDefault(),
            Name = name,
            Page = pageNumber,
            Total = total,
            Items = items,
        });
    }

    /// <summary>Sets (or, without <paramref name="media"/>, removes) the image and saves the draft.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Set(Guid item, string? culture, string? property, int revision, Guid? media, CancellationToken cancellationToken)
    {
        var target = await LoadAsync(item, culture, property, cancellationToken);
        if (target.Refusal is not null)
        {
            return target.Refusal;
        }

        var values = target.Values!;
        if (media is { } mediaKey)
        {
            var chosen = await library.FindAsync(mediaKey, cancellationToken);
            if (chosen is null || !chosen.IsImage)
            {
                return Missing();
            }

            // An article of Lviv may show Lviv's images and the network's, never Kyiv's.
            var (_, _, refusal) = await OpenItemAsync(chosen, write: false, cancellationToken);
            if (refusal is not null || (chosen.SiteId is not null && chosen.SiteId != target.Site!.Id))
            {
                return Forbidden();
            }

            values[target.Property!.Alias] = mediaKey.ToString("D");
        }
        else
        {
            values.Remove(target.Property!.Alias);
        }

        var outcome = await workflow.SaveDraftAsync(Me, item, target.Variant!.Culture, new ContentDraft(target.Draft!.Name, null, values), revision, cancellationToken);
        return outcome.Succeeded
            ? Redirect($"/backoffice/content/{item:D}?culture={Uri.EscapeDataString(target.Variant.Culture)}&saved=1")
            : Refused(outcome);
    }

    private async Task<PickTarget> LoadAsync(Guid key, string? culture, string? property, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        var variant = item is null ? null : await db.Set<ContentVariant>().AsNoTracking().SingleOrDefaultAsync(v => v.ItemId == item.Id && v.Culture == culture, cancellationToken);
        if (item is null || variant is null)
        {
            return new PickTarget(Missing());
        }

        if (!Me.Can(item.SiteId, SiteRole.Author) || item.Trashed)
        {
            return new PickTarget(Forbidden());
        }

        var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == item.ContentTypeAlias, cancellationToken);
        var propertyType = type.Properties.FirstOrDefault(p => p.Alias == property && p.Editor == PropertyEditors.Media);
        if (propertyType is null)
        {
            return new PickTarget(Missing());
        }

        var draft = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == variant.DraftVersionId, cancellationToken);
        var site = await Sites.FindByIdAsync(item.SiteId, cancellationToken);
        var values = JsonNode.Parse(draft.Values) as JsonObject ?? [];
        return new PickTarget(null, site, variant, propertyType, draft, values);
    }

    private sealed record PickTarget(
        IActionResult? Refusal, SiteSummary? Site = null, ContentVariant? Variant = null, PropertyType? Property = null, ContentVersion? Draft = null, JsonObject? Values = null);
}
