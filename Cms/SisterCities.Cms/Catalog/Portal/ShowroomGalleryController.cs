using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Catalog.Showrooms;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>The showroom's cover and gallery pictures, uploaded through the media library's sanitizing upload.</summary>
[Route("business/{businessId:guid}/showroom")]
public sealed class ShowroomGalleryController(ShowroomGalleryEditing gallery, PortalUploads uploads) : PortalController
{
    [HttpPost("cover")]
    [PortalBodyLimit(upload: true)]
    public Task<IActionResult> Cover(Guid businessId, IFormFile? file, string? altUk, string? altEn, CancellationToken cancellationToken) =>
        UploadAsync(businessId, file, altUk, altEn, "cover", key => gallery.SetCoverAsync(Actor, businessId, key, cancellationToken), cancellationToken);

    [HttpPost("cover/remove")]
    public async Task<IActionResult> RemoveCover(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var result = await gallery.SetCoverAsync(Actor, businessId, null, cancellationToken);
        return result.Succeeded ? Back(businessId) : Refused(result);
    }

    [HttpPost("gallery")]
    [PortalBodyLimit(upload: true)]
    public Task<IActionResult> AddToGallery(Guid businessId, IFormFile? file, string? altUk, string? altEn, CancellationToken cancellationToken) =>
        UploadAsync(businessId, file, altUk, altEn, "gallery", key => gallery.AddImageAsync(Actor, businessId, key, cancellationToken), cancellationToken);

    [HttpPost("gallery/{mediaKey:guid}/remove")]
    public async Task<IActionResult> RemoveFromGallery(Guid businessId, Guid mediaKey, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var result = await gallery.RemoveImageAsync(Actor, businessId, mediaKey, cancellationToken);
        return result.Succeeded ? Back(businessId) : Refused(result);
    }

    [HttpPost("gallery/{mediaKey:guid}/move-up")]
    public Task<IActionResult> MoveUp(Guid businessId, Guid mediaKey, CancellationToken cancellationToken) =>
        MoveAsync(businessId, mediaKey, MoveDirection.Up, cancellationToken);

    [HttpPost("gallery/{mediaKey:guid}/move-down")]
    public Task<IActionResult> MoveDown(Guid businessId, Guid mediaKey, CancellationToken cancellationToken) =>
        MoveAsync(businessId, mediaKey, MoveDirection.Down, cancellationToken);

    private async Task<IActionResult> MoveAsync(Guid businessId, Guid mediaKey, MoveDirection direction, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var result = await gallery.MoveImageAsync(Actor, businessId, mediaKey, direction, cancellationToken);
        return result.Succeeded ? Redirect($"{PortalRoutes.Business(businessId)}/showroom#gallery-{mediaKey:N}") : Refused(result);
    }

    private async Task<IActionResult> UploadAsync(
        Guid businessId, IFormFile? file, string? altUk, string? altEn, string field,
        Func<Guid, Task<CatalogResult<ShowroomGallery>>> attach, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
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
            var result = await attach(media!.Key);
            if (result.Succeeded)
            {
                return Back(businessId);
            }

            if (result.Outcome != CatalogOutcome.Invalid)
            {
                return Refused(result);
            }

            error = string.Join(" ", result.Errors.Values.SelectMany(v => v));
        }

        return Message("Picture not added", error, StatusCodes.Status422UnprocessableEntity);
    }

    private RedirectResult Back(Guid businessId) => Redirect($"{PortalRoutes.Business(businessId)}/showroom");
}
