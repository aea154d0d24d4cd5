using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search.Sources;

/// <summary>
/// Verified businesses. A business change (verify, suspend, profile edit) also re-indexes its showroom items and
/// projects: their documents carry the business as a second owner, so the indexer's delete removes them, and this
/// source adds back whatever is public now (nothing when the business is no longer verified). The municipality's
/// name is copied into all three, so a site change re-indexes its businesses the same way (<see cref="ISearchDependentSource"/>).
/// </summary>
public sealed class BusinessSearchSource(CmsDbContext db, CatalogSearchDocuments documents, SiteDirectory sites) : ISearchDocumentSource, ISearchDependentSource
{
    private const int PageSize = 200;
    private const int DependentPageSize = 50;

    public string Entity => Business.FeedEntityName;

    public IReadOnlyCollection<string> DependsOn { get; } = [Site.FeedEntityName];

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(entityId, out var id))
        {
            return [];
        }

        var business = await db.Set<Business>().AsNoTracking().Include(b => b.Activities)
            .SingleOrDefaultAsync(b => b.Id == id && b.State == VerificationState.Verified, cancellationToken);
        if (business is null)
        {
            return [];
        }

        var result = new List<SearchDocument>(await documents.BusinessAsync(business, cancellationToken));
        var items = await db.Set<ShowroomItem>().AsNoTracking().Where(i => i.BusinessId == id).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            result.AddRange(await documents.ShowroomItemAsync(item, business, cancellationToken));
        }

        var projects = await db.Set<InvestmentProject>().AsNoTracking()
            .Where(p => p.BusinessId == id && (p.Status == ProjectStatus.Open || p.Status == ProjectStatus.Funded)).ToListAsync(cancellationToken);
        foreach (var project in projects)
        {
            result.AddRange(await documents.ProjectAsync(project, business, cancellationToken));
        }

        return result;
    }

    /// <summary>
    /// The verified businesses of a site, <see cref="DependentPageSize"/> a page, each with its items and projects under
    /// the business's owner key (whose delete removes them all). Ids are few per site, so they are paged in memory.
    /// </summary>
    public async Task<SearchDependents> LoadDependentsAsync(string entity, string entityId, string? after, CancellationToken cancellationToken)
    {
        if (entity != Site.FeedEntityName || await sites.FindByKeyAsync(entityId, cancellationToken) is not { } site)
        {
            return SearchDependents.None;
        }

        var ids = await db.Set<Business>().AsNoTracking().Where(b => b.SiteId == site.Id && b.State == VerificationState.Verified)
            .Select(b => b.Id).ToListAsync(cancellationToken);
        var page = ids.Select(i => i.ToString()).Where(i => after is null || string.CompareOrdinal(i, after) > 0)
            .Order(StringComparer.Ordinal).Take(DependentPageSize).ToList();
        var byOwner = new Dictionary<string, IReadOnlyList<SearchDocument>>(StringComparer.Ordinal);
        foreach (var id in page)
        {
            byOwner[$"{Entity}:{id}"] = await LoadAsync(id, cancellationToken);
        }

        return new SearchDependents(byOwner, page.Count < DependentPageSize ? null : page[^1]);
    }

    /// <summary>Only the businesses themselves: items and projects come from their own sources in a rebuild.</summary>
    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await db.Set<Business>().AsNoTracking().Include(b => b.Activities)
                .Where(b => b.State == VerificationState.Verified).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
                .Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var business in page)
            {
                foreach (var document in await documents.BusinessAsync(business, cancellationToken))
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
