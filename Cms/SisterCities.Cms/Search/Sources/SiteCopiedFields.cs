using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search.Sources;

/// <summary>What documents copy of a site: its key, names and cultures (the default culture shapes content URLs).</summary>
public sealed class SiteCopiedFields(CmsDbContext db) : ISearchCopiedEntity
{
    public string Entity => Site.FeedEntityName;

    public async Task<string?> CopiedFieldsAsync(string entityId, CancellationToken cancellationToken) =>
        await db.Set<Site>().AsNoTracking().Where(s => s.Key == entityId)
            .Select(s => s.Key + "\n" + s.NameUk + "\n" + s.NameEn + "\n" + s.Cultures).SingleOrDefaultAsync(cancellationToken);
}
