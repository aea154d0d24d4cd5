using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search.Sources;

/// <summary>
/// Investment projects that are open or funded, owned by a municipality or by a verified business (the same rule
/// as the public catalog API). The place's name is copied, so a change of the project's location (or owner) site
/// re-indexes it (<see cref="ISearchDependentSource"/>); a business's project placed by the business's own
/// municipality is re-indexed with the business.
/// </summary>
public sealed class ProjectSearchSource(CmsDbContext db, CatalogSearchDocuments documents, SiteDirectory sites) : ISearchDocumentSource, ISearchDependentSource
{
    private const int PageSize = 500;
    private const int DependentPageSize = 200;

    public string Entity => InvestmentProject.FeedEntityName;

    public IReadOnlyCollection<string> DependsOn { get; } = [Site.FeedEntityName];

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(entityId, out var id))
        {
            return [];
        }

        var project = await Public().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return project is null ? [] : await ToDocumentsAsync(project, cancellationToken);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await Public().OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var project in page)
            {
                foreach (var document in await ToDocumentsAsync(project, cancellationToken))
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

    /// <summary>Public projects placed in the site (by location, else by owner site); ids paged in memory.</summary>
    public async Task<SearchDependents> LoadDependentsAsync(string entity, string entityId, string? after, CancellationToken cancellationToken)
    {
        if (entity != Site.FeedEntityName || await sites.FindByKeyAsync(entityId, cancellationToken) is not { } site)
        {
            return SearchDependents.None;
        }

        var ids = await Public().Where(p => p.LocationSiteId == site.Id || (p.LocationSiteId == null && p.OwnerSiteId == site.Id))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var page = ids.Where(i => after is null || string.CompareOrdinal(i.ToString(), after) > 0)
            .OrderBy(i => i.ToString(), StringComparer.Ordinal).Take(DependentPageSize).ToList();
        var projects = await Public().Where(p => page.Contains(p.Id)).ToListAsync(cancellationToken);
        var found = new List<SearchDocument>();
        foreach (var project in projects)
        {
            found.AddRange(await ToDocumentsAsync(project, cancellationToken));
        }

        var next = page.Count < DependentPageSize ? null : page[^1].ToString();
        return SearchDependents.Of(page.Select(i => $"{Entity}:{i}"), found, next);
    }

    private IQueryable<InvestmentProject> Public() =>
        db.Set<InvestmentProject>().AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Open || p.Status == ProjectStatus.Funded)
            .Where(p => p.BusinessId == null || db.Set<Business>().Any(b => b.Id == p.BusinessId && b.State == VerificationState.Verified));

    private async Task<IReadOnlyList<SearchDocument>> ToDocumentsAsync(InvestmentProject project, CancellationToken cancellationToken)
    {
        var business = project.BusinessId is { } owner
            ? await db.Set<Business>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == owner, cancellationToken)
            : null;
        return await documents.ProjectAsync(project, business, cancellationToken);
    }
}
