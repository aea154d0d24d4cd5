using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// The showroom: items with names and descriptions per culture, images (through the media library's sanitizing
/// upload), KVED division, price range, minimum order and export availability. An item id in the route must
/// belong to the business in the route; <see cref="ShowroomEditing"/> checks the managers again on every write.
/// </summary>
[Route("business/{businessId:guid}/showroom")]
public sealed class ShowroomController(
    CmsDbContext db, ShowroomEditing editing, ShowroomGalleryEditing galleries, KvedClassification kved, PortalUploads uploads, PortalImages images) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var items = await db.Set<ShowroomItem>().AsNoTracking().Where(i => i.BusinessId == businessId).InDisplayOrder().ToListAsync(cancellationToken);
        var gallery = await galleries.ReadAsync(businessId, cancellationToken);
        var cover = gallery.CoverMediaKey is Guid key ? (await images.ForAsync([key], cancellationToken)).FirstOrDefault() : null;
        return Page("Showroom", new ShowroomModel(business, items, cover, await images.ForAsync(gallery.Images, cancellationToken), FormErrors.None));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        var form = new ItemForm { KvedCode = business?.Activities.FirstOrDefault(a => a.IsPrimary)?.Division };
        return business is null ? refusal! : Page("Item", new ItemModel(business, null, form, [], Divisions()));
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid businessId, [FromForm] ItemForm form, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var result = await editing.CreateAsync(Actor, businessId, form.ToDraft([]), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"{PortalRoutes.Business(businessId)}/showroom/{result.Value!.Id:D}");
        }

        if (result.Outcome != CatalogOutcome.Invalid)
        {
            return Refused(result);
        }

        form.Errors = new FormErrors(result.Errors);
        return Page("Item", new ItemModel(business, null, form, [], Divisions()), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{itemId:guid}")]
    public async Task<IActionResult> Edit(Guid businessId, Guid itemId, CancellationToken cancellationToken)
    {
        var (business, item, refusal) = await ItemAsync(businessId, itemId, cancellationToken);
        return item is null ? refusal! : Page("Item", new ItemModel(business!, itemId, ItemForm.From(item), await images.ForAsync(item.Images, cancellationToken), Divisions()));
    }

    [HttpPost("{itemId:guid}")]
    public async Task<IActionResult> Edit(Guid businessId, Guid itemId, [FromForm] ItemForm form, CancellationToken cancellationToken)
    {
        var (business, item, refusal) = await ItemAsync(businessId, itemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var result = await editing.UpdateAsync(Actor, itemId, form.ToDraft(item.Images), cancellationToken);
        if (result.Outcome is not (CatalogOutcome.Ok or CatalogOutcome.Invalid))
        {
            return Refused(result);
        }

        form.Errors = new FormErrors(result.Errors);
        var notice = result.Succeeded ? "The item is saved." : null;
        return Page("Item", new ItemModel(business!, itemId, form, await images.ForAsync(item.Images, cancellationToken), Divisions(), notice),
            result.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    [HttpPost("{itemId:guid}/delete")]
    public async Task<IActionResult> Delete(Guid businessId, Guid itemId, CancellationToken cancellationToken)
    {
        var (_, item, refusal) = await ItemAsync(businessId, itemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var result = await editing.DeleteAsync(Actor, itemId, cancellationToken);
        return result.Succeeded ? Redirect($"{PortalRoutes.Business(businessId)}/showroom") : Refused(result);
    }

    [HttpPost("{itemId:guid}/move-up")]
    public Task<IActionResult> MoveUp(Guid businessId, Guid itemId, CancellationToken cancellationToken) =>
        MoveAsync(businessId, itemId, MoveDirection.Up, cancellationToken);

    [HttpPost("{itemId:guid}/move-down")]
    public Task<IActionResult> MoveDown(Guid businessId, Guid itemId, CancellationToken cancellationToken) =>
        MoveAsync(businessId, itemId, MoveDirection.Down, cancellationToken);

    [HttpPost("{itemId:guid}/images")]
    [PortalBodyLimit(upload: true)]
    public async Task<IActionResult> AddImage(Guid businessId, Guid itemId, IFormFile? file, string? altUk, string? altEn, CancellationToken cancellationToken)
    {
        var (business, item, refusal) = await ItemAsync(businessId, itemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var (media, error) = await uploads.AddAsync(file, businessId, Me, altUk, altEn, pdfOnly: false, cancellationToken);
        if (media is not null && !media.IsImage)
        {
            error = "Showroom pictures must be images (JPEG, PNG, WebP or GIF).";
        }

        if (error is null)
        {
            var result = await editing.UpdateAsync(Actor, itemId, ItemForm.From(item).ToDraft([.. item.Images, media!.Key]), cancellationToken);
            if (result.Succeeded)
            {
                return Redirect($"{PortalRoutes.Business(businessId)}/showroom/{itemId:D}");
            }

            error = string.Join(" ", result.Errors.Values.SelectMany(v => v));
        }

        var form = ItemForm.From(item);
        form.Errors = new FormErrors(new Dictionary<string, string[]> { ["image"] = [error] });
        return Page("Item", new ItemModel(business!, itemId, form, await images.ForAsync(item.Images, cancellationToken), Divisions()), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpPost("{itemId:guid}/images/{mediaKey:guid}/remove")]
    public async Task<IActionResult> RemoveImage(Guid businessId, Guid itemId, Guid mediaKey, CancellationToken cancellationToken)
    {
        var (_, item, refusal) = await ItemAsync(businessId, itemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var result = await editing.UpdateAsync(Actor, itemId, ItemForm.From(item).ToDraft(item.Images.Where(k => k != mediaKey)), cancellationToken);
        return result.Succeeded ? Redirect($"{PortalRoutes.Business(businessId)}/showroom/{itemId:D}") : Refused(result);
    }

    [HttpPost("{itemId:guid}/images/{mediaKey:guid}/move-up")]
    public Task<IActionResult> MoveImageUp(Guid businessId, Guid itemId, Guid mediaKey, CancellationToken cancellationToken) =>
        MoveImageAsync(businessId, itemId, mediaKey, MoveDirection.Up, cancellationToken);

    [HttpPost("{itemId:guid}/images/{mediaKey:guid}/move-down")]
    public Task<IActionResult> MoveImageDown(Guid businessId, Guid itemId, Guid mediaKey, CancellationToken cancellationToken) =>
        MoveImageAsync(businessId, itemId, mediaKey, MoveDirection.Down, cancellationToken);

    /// <summary>An item's images show on the public page in their stored order; this moves one a step.</summary>
    private async Task<IActionResult> MoveImageAsync(Guid businessId, Guid itemId, Guid mediaKey, MoveDirection direction, CancellationToken cancellationToken)
    {
        var (_, item, refusal) = await ItemAsync(businessId, itemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var index = item.Images.IndexOf(mediaKey);
        if (index < 0)
        {
            return Message("Not found", "This item has no such image.", StatusCodes.Status404NotFound);
        }

        var result = await editing.UpdateAsync(Actor, itemId, ItemForm.From(item).ToDraft(ShowroomOrder.Moved(item.Images, index, direction)), cancellationToken);
        return result.Succeeded ? Redirect($"{PortalRoutes.Business(businessId)}/showroom/{itemId:D}#image-{mediaKey:N}") : Refused(result);
    }

    private async Task<IActionResult> MoveAsync(Guid businessId, Guid itemId, MoveDirection direction, CancellationToken cancellationToken)
    {
        var (_, item, refusal) = await ItemAsync(businessId, itemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var result = await editing.MoveAsync(Actor, itemId, direction, cancellationToken);

        // Back to the moved item's row, so a keyboard or screen-reader user continues where they were.
        return result.Succeeded ? Redirect($"{PortalRoutes.Business(businessId)}/showroom#item-{itemId:N}") : Refused(result);
    }

    private IReadOnlyList<KvedEntry> Divisions() => kved.All.Where(e => e.Level == KvedLevel.Division).ToList();

    private async Task<(Business? Business, ShowroomItem? Item, IActionResult? Refusal)> ItemAsync(Guid businessId, Guid itemId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return (null, null, refusal);
        }

        var item = await db.Set<ShowroomItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId && i.BusinessId == businessId, cancellationToken);
        return item is null
            ? (business, null, Message("Not found", "This showroom has no such item.", StatusCodes.Status404NotFound))
            : (business, item, null);
    }
}
