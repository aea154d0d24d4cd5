using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Search.Sources;

/// <summary>Showroom items of verified businesses, one document per culture of the item's texts.</summary>
public sealed class ShowroomItemSearchSource(CmsDbContext db, CatalogSearchDocuments documents) : ISearchDocumentSource
{
    private const int PageSize = 500;

    public string Entity => ShowroomItem.FeedEntityName;

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(entityId, out var id)
            || await db.Set<ShowroomItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } item)
        {
            return [];
        }

        var business = await db.Set<Business>().AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == item.BusinessId && b.State == VerificationState.Verified, cancellationToken);
        return business is null ? [] : await documents.ShowroomItemAsync(item, business, cancellationToken);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var businesses = new Dictionary<Guid, Business>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await (from item in db.Set<ShowroomItem>().AsNoTracking()
                              join business in db.Set<Business>().AsNoTracking() on item.BusinessId equals business.Id
                              where business.State == VerificationState.Verified
                              orderby item.BusinessId, item.Id
                              select new { item, business }).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var row in page)
            {
                // One business object per id, so the per-business lookups (site) are shared by its items.
                var business = businesses.TryGetValue(row.business.Id, out var known) ? known : businesses[row.business.Id] = row.business;
                foreach (var document in await documents.ShowroomItemAsync(row.item, business, cancellationToken))
                {
                    yield return document;
                }
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
