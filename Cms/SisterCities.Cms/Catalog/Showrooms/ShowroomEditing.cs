using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>
/// Adds, changes, reorders and removes showroom items. Every method takes the acting account and first checks
/// that it manages the item's business (<see cref="BusinessAccess"/>): an item id alone never grants access.
/// </summary>
public sealed class ShowroomEditing(CmsDbContext db, BusinessAccess access, KvedClassification kved, TimeProvider clock)
{
    public const int MaxItemsPerBusiness = 500;
    public const int MaxImagesPerItem = 20;

    public async Task<CatalogResult<ShowroomItem>> CreateAsync(ICatalogActor actor, Guid businessId, ShowroomItemDraft draft, CancellationToken cancellationToken)
    {
        var business = await access.ManagedAsync(actor, businessId, cancellationToken);
        if (!business.Succeeded)
        {
            return new(business.Outcome, null, business.Errors);
        }

        var count = await db.Set<ShowroomItem>().CountAsync(i => i.BusinessId == businessId, cancellationToken);
        if (count >= MaxItemsPerBusiness)
        {
            return CatalogResult<ShowroomItem>.Fail(CatalogOutcome.Conflict, "items", $"A showroom holds at most {MaxItemsPerBusiness} items.");
        }

        // After the last item: the count is not enough once items were deleted (it would repeat a number in use).
        var last = await db.Set<ShowroomItem>().Where(i => i.BusinessId == businessId).MaxAsync(i => (int?)i.SortOrder, cancellationToken);
        var now = clock.GetUtcNow();
        var item = new ShowroomItem { Id = Guid.NewGuid(), BusinessId = businessId, SiteId = business.Value!.SiteId, KvedCode = "", SortOrder = (last ?? -1) + 1, CreatedAt = now };
        var errors = Apply(item, draft, now);
        if (errors.Any)
        {
            return CatalogResult<ShowroomItem>.Invalid(errors);
        }

        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<ShowroomItem>.Ok(item);
    }

    public async Task<CatalogResult<ShowroomItem>> UpdateAsync(ICatalogActor actor, Guid itemId, ShowroomItemDraft draft, CancellationToken cancellationToken)
    {
        var (item, denied) = await FindManagedAsync(actor, itemId, cancellationToken);
        if (item is null)
        {
            return denied!;
        }

        var errors = Apply(item, draft, clock.GetUtcNow());
        if (errors.Any)
        {
            return CatalogResult<ShowroomItem>.Invalid(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<ShowroomItem>.Ok(item);
    }

    public async Task<CatalogResult<ShowroomItem>> DeleteAsync(ICatalogActor actor, Guid itemId, CancellationToken cancellationToken)
    {
        var (item, denied) = await FindManagedAsync(actor, itemId, cancellationToken);
        if (item is null)
        {
            return denied!;
        }

        db.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<ShowroomItem>.Ok(item);
    }

    /// <summary>Sets the display order of all the business's items at once; the list must name each item exactly once.</summary>
    public async Task<CatalogResult<IReadOnlyList<ShowroomItem>>> ReorderAsync(
        ICatalogActor actor, Guid businessId, IReadOnlyList<Guid> order, CancellationToken cancellationToken)
    {
        var business = await access.ManagedAsync(actor, businessId, cancellationToken);
        if (!business.Succeeded)
        {
            return new(business.Outcome, null, business.Errors);
        }

        var items = await db.Set<ShowroomItem>().Where(i => i.BusinessId == businessId).ToListAsync(cancellationToken);
        if (order.Count != items.Count || order.Distinct().Count() != order.Count || items.Any(i => !order.Contains(i.Id)))
        {
            return CatalogResult<IReadOnlyList<ShowroomItem>>.Fail(CatalogOutcome.Invalid, "order", "Name every item of the showroom exactly once.");
        }

        var now = clock.GetUtcNow();
        foreach (var item in items)
        {
            item.SortOrder = IndexOf(order, item.Id);
            item.UpdatedAt = now;
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CatalogResult<IReadOnlyList<ShowroomItem>>.Ok(items.OrderBy(i => i.SortOrder).ToList());
    }

    /// <summary>
    /// Moves one item a step up or down (the portal's no-JS buttons). The whole showroom is renumbered 0..n-1 in the
    /// displayed order and written in one transaction, which also repairs duplicate numbers left by older rows.
    /// </summary>
    public async Task<CatalogResult<IReadOnlyList<ShowroomItem>>> MoveAsync(
        ICatalogActor actor, Guid itemId, MoveDirection direction, CancellationToken cancellationToken)
    {
        var (item, denied) = await FindManagedAsync(actor, itemId, cancellationToken);
        if (item is null)
        {
            return new(denied!.Outcome, null, denied.Errors);
        }

        if (!Enum.IsDefined(direction))
        {
            return CatalogResult<IReadOnlyList<ShowroomItem>>.Fail(CatalogOutcome.Invalid, "direction", "up or down.");
        }

        var items = await db.Set<ShowroomItem>().Where(i => i.BusinessId == item.BusinessId).InDisplayOrder().ToListAsync(cancellationToken);
        var moved = ShowroomOrder.Moved(items, items.FindIndex(i => i.Id == itemId), direction);
        var now = clock.GetUtcNow();
        for (var position = 0; position < moved.Count; position++)
        {
            if (moved[position].SortOrder != position)
            {
                moved[position].SortOrder = position;
                moved[position].UpdatedAt = now;
            }
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CatalogResult<IReadOnlyList<ShowroomItem>>.Ok(moved);
    }

    private static int IndexOf(IReadOnlyList<Guid> order, Guid id)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == id)
            {
                return i;
            }
        }

        return -1;
    }

    private async Task<(ShowroomItem? Item, CatalogResult<ShowroomItem>? Denied)> FindManagedAsync(ICatalogActor actor, Guid itemId, CancellationToken cancellationToken)
    {
        var item = await db.Set<ShowroomItem>().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return (null, CatalogResult<ShowroomItem>.Fail(CatalogOutcome.NotFound, "itemId", "No such showroom item."));
        }

        var business = await access.ManagedAsync(actor, item.BusinessId, cancellationToken);
        return business.Succeeded ? (item, null) : (null, new(business.Outcome, null, business.Errors));
    }

    private CatalogErrors Apply(ShowroomItem item, ShowroomItemDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new CatalogErrors();
        var texts = new Dictionary<string, ShowroomItemText>(StringComparer.Ordinal);
        foreach (var (culture, text) in draft.Texts ?? [])
        {
            if (!CatalogText.IsCulture(culture))
            {
                errors.Add("texts", $"'{culture}' is not a language code such as uk or en.");
                continue;
            }

            texts[culture] = new ShowroomItemText
            {
                Name = CatalogText.Line(errors, $"texts.{culture}.name", text?.Name, CatalogText.NameMax, required: true) ?? "",
                Description = CatalogText.Block(errors, $"texts.{culture}.description", text?.Description, CatalogText.DescriptionMax),
            };
        }

        if (texts.Count == 0)
        {
            errors.Add("texts", "Name the item in at least one language.");
        }

        if (!Enum.IsDefined(draft.Kind))
        {
            errors.Add("kind", "product or service.");
        }

        if (!kved.IsDivision(draft.KvedCode?.Trim()))
        {
            errors.Add("kvedCode", "A KVED-2010 division code (two digits).");
        }

        if ((draft.Images ?? []).Count > MaxImagesPerItem)
        {
            errors.Add("images", $"At most {MaxImagesPerItem} images.");
        }

        var hasPrice = draft.PriceMin is not null || draft.PriceMax is not null;
        if (hasPrice && !CurrencyCodes.IsValid(draft.PriceCurrency?.Trim().ToUpperInvariant()))
        {
            errors.Add("priceCurrency", "An ISO 4217 currency code, e.g. UAH or EUR.");
        }

        if (draft.PriceMin < 0 || draft.PriceMax < 0 || (draft.PriceMin > draft.PriceMax))
        {
            errors.Add("priceMin", "Prices are not negative and the minimum is not above the maximum.");
        }

        var minimumOrder = CatalogText.Line(errors, "minimumOrder", draft.MinimumOrder, CatalogText.NameMax);
        if (errors.Any)
        {
            return errors;
        }

        item.Kind = draft.Kind;
        item.Texts = texts;
        item.Images = (draft.Images ?? []).Distinct().ToList();
        item.KvedCode = draft.KvedCode!.Trim();
        item.PriceMin = draft.PriceMin;
        item.PriceMax = draft.PriceMax;
        item.PriceCurrency = hasPrice ? draft.PriceCurrency!.Trim().ToUpperInvariant() : null;
        item.MinimumOrder = minimumOrder;
        item.AvailableForExport = draft.AvailableForExport;
        item.UpdatedAt = now;
        return errors;
    }
}
