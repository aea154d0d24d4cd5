using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>Sets a showroom's cover and edits its gallery; only the business's managers, never for a suspended business.</summary>
public sealed class ShowroomGalleryEditing(CmsDbContext db, BusinessAccess access, TimeProvider clock)
{
    public const int MaxGalleryImages = 40;

    private const string NotInGallery = "This picture is not in the gallery.";

    /// <summary>The gallery as stored, or an empty one (nothing is written until a manager changes it).</summary>
    public async Task<ShowroomGallery> ReadAsync(Guid businessId, CancellationToken cancellationToken) =>
        await db.Set<ShowroomGallery>().AsNoTracking().SingleOrDefaultAsync(g => g.BusinessId == businessId, cancellationToken)
        ?? new ShowroomGallery { BusinessId = businessId };

    public Task<CatalogResult<ShowroomGallery>> SetCoverAsync(ICatalogActor actor, Guid businessId, Guid? mediaKey, CancellationToken cancellationToken) =>
        ChangeAsync(actor, businessId, g =>
        {
            g.CoverMediaKey = mediaKey;
            return null;
        }, cancellationToken);

    public Task<CatalogResult<ShowroomGallery>> AddImageAsync(ICatalogActor actor, Guid businessId, Guid mediaKey, CancellationToken cancellationToken) =>
        ChangeAsync(actor, businessId, g =>
        {
            if (g.Images.Contains(mediaKey))
            {
                return null;
            }

            if (g.Images.Count >= MaxGalleryImages)
            {
                return $"A gallery holds at most {MaxGalleryImages} images.";
            }

            g.Images = [.. g.Images, mediaKey];
            return null;
        }, cancellationToken);

    public Task<CatalogResult<ShowroomGallery>> RemoveImageAsync(ICatalogActor actor, Guid businessId, Guid mediaKey, CancellationToken cancellationToken) =>
        ChangeAsync(actor, businessId, g =>
        {
            if (!g.Images.Contains(mediaKey))
            {
                return NotInGallery;
            }

            g.Images = g.Images.Where(k => k != mediaKey).ToList();
            return null;
        }, cancellationToken);

    /// <summary>Moves a gallery picture one step earlier or later; at either end nothing changes.</summary>
    public Task<CatalogResult<ShowroomGallery>> MoveImageAsync(ICatalogActor actor, Guid businessId, Guid mediaKey, MoveDirection direction, CancellationToken cancellationToken) =>
        ChangeAsync(actor, businessId, g =>
        {
            var index = g.Images.IndexOf(mediaKey);
            if (index < 0)
            {
                return NotInGallery;
            }

            g.Images = ShowroomOrder.Moved(g.Images, index, direction);
            return null;
        }, cancellationToken);

    private async Task<CatalogResult<ShowroomGallery>> ChangeAsync(
        ICatalogActor actor, Guid businessId, Func<ShowroomGallery, string?> change, CancellationToken cancellationToken)
    {
        var business = await access.ManagedAsync(actor, businessId, cancellationToken);
        if (!business.Succeeded)
        {
            return new(business.Outcome, null, business.Errors);
        }

        var gallery = await db.Set<ShowroomGallery>().SingleOrDefaultAsync(g => g.BusinessId == businessId, cancellationToken);
        if (gallery is null)
        {
            gallery = new ShowroomGallery { BusinessId = businessId };
            db.Add(gallery);
        }

        var error = change(gallery);
        if (error is not null)
        {
            db.ChangeTracker.Clear();
            return CatalogResult<ShowroomGallery>.Fail(error == NotInGallery ? CatalogOutcome.NotFound : CatalogOutcome.Invalid, "gallery", error);
        }

        gallery.SiteId = business.Value!.SiteId;
        gallery.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<ShowroomGallery>.Ok(gallery);
    }
}
