using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Search.Sources;

/// <summary>
/// Investment projects that are open or funded, owned by a municipality or by a verified business (the same rule
/// as the public catalog API).
/// </summary>
public sealed class ProjectSearchSource(CmsDbContext db, CatalogSearchDocuments documents) : ISearchDocumentSource
{
    private const int PageSize = 500;

    public string Entity => InvestmentProject.FeedEntityName;

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
