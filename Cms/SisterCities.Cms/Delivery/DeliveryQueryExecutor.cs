using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using static SisterCities.Cms.Delivery.DeliveryQuery;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// Runs Delivery API reads as SQL: scope, fetch, filters, sort, skip and take all become one query (plus a count
/// and one culture lookup for the page), so the database's indexes do the work, never a scan in memory.
/// </summary>
internal sealed class DeliveryQueryExecutor(IServiceProvider services, SiteDirectory sites, DeliveryItemFactory factory, DeliverySiteSnapshots snapshots)
{
    /// <summary>Resolved on first use: reads served from a site snapshot never build a DbContext.</summary>
    private CmsDbContext Db => field ??= services.GetRequiredService<CmsDbContext>();

    public async Task<DeliveryOutcome<DeliveryPagedResult>> QueryAsync(DeliveryScope scope, DeliveryQuery query, CancellationToken cancellationToken)
    {
        if (!scope.Preview && scope.Site is { } scopedSite)
        {
            return await QueryInMemoryAsync(scopedSite, scope, query, cancellationToken);
        }

        var rows = Scoped(scope);
        var baseRows = rows;
        if (query.FetchTarget is { Kind: FetchKind.Children } children)
        {
            // The common listing: the parent is a sub-select, not a round trip; a missing parent is told
            // apart from an empty one only when nothing matched.
            if (children.Key is null && scope.Site is null)
            {
                return DeliveryOutcome<DeliveryPagedResult>.Invalid("fetch", "A path needs a site: send Start-Item or call the site's own host, or fetch by id.");
            }

            var parentIds = TargetRows(baseRows, children.Key, children.Path).Select(t => (int?)t.Id);
            rows = rows.Where(r => parentIds.Contains(r.ParentId));
        }
        else if (query.FetchTarget is { } fetch)
        {
            var target = await FindTargetAsync(rows, scope, fetch.Key, fetch.Path, "fetch", cancellationToken);
            if (target.Value is not { } parent)
            {
                return target.As<DeliveryPagedResult>();
            }

            rows = fetch.Kind == FetchKind.Descendants
                ? rows.Where(r => r.SiteId == parent.SiteId && r.Path.StartsWith(parent.Path) && r.Id != parent.Id)
                : AncestorsOf(rows, parent);
        }

        foreach (var filter in query.Filters)
        {
            var (filtered, error) = await ApplyAsync(rows, filter, cancellationToken);
            if (error is not null)
            {
                return DeliveryOutcome<DeliveryPagedResult>.Invalid("filter", error);
            }

            rows = filtered;
        }

        // One statement for the page and the total (the count is an uncorrelated sub-select); a separate count
        // only when the page is empty.
        var filteredRows = rows;
        var pageWithTotal = query.Take == 0
            ? []
            : await Sorted(rows, query.Sorts).Skip(query.Skip).Take(query.Take)
                .Select(r => new { Row = r, Total = filteredRows.LongCount() })
                .ToListAsync(cancellationToken);
        var page = pageWithTotal.Select(p => p.Row).ToList();
        var total = pageWithTotal.Count > 0 ? pageWithTotal[0].Total : await rows.LongCountAsync(cancellationToken);
        if (total == 0 && query.FetchTarget is { Kind: FetchKind.Children } fetched
            && !await TargetRows(baseRows, fetched.Key, fetched.Path).AnyAsync(cancellationToken))
        {
            return DeliveryOutcome<DeliveryPagedResult>.Missing("fetch", "The fetch target does not exist in the requested site and culture.");
        }

        var items = await BuildAsync(page, scope, query.Fields, query.Expand, cancellationToken);
        return DeliveryOutcome<DeliveryPagedResult>.Ok(new DeliveryPagedResult(total, items));
    }

    public async Task<DeliveryOutcome<DeliveryContentItem>> ItemByKeyAsync(DeliveryScope scope, Guid key, PropertySelection fields, PropertySelection expand, CancellationToken cancellationToken)
    {
        if (await SnapshotAsync(scope, cancellationToken) is { } snapshot)
        {
            return await SingleAsync(snapshot.ByKey.GetValueOrDefault(key), scope, fields, expand, cancellationToken);
        }

        var row = await Scoped(scope).FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
        return await SingleAsync(row, scope, fields, expand, cancellationToken);
    }

    public async Task<DeliveryOutcome<DeliveryContentItem>> ItemByPathAsync(DeliveryScope scope, string path, PropertySelection fields, PropertySelection expand, CancellationToken cancellationToken)
    {
        if (scope.Site is null)
        {
            return DeliveryOutcome<DeliveryContentItem>.Invalid(DeliveryHeaders.StartItem, "A path lookup needs a site: send Start-Item or call the site's own host.");
        }

        if (await SnapshotAsync(scope, cancellationToken) is { } snapshot)
        {
            return await SingleAsync(snapshot.ByPath.GetValueOrDefault(path), scope, fields, expand, cancellationToken);
        }

        var row = await Scoped(scope).FirstOrDefaultAsync(r => r.UrlPath == path, cancellationToken);
        return await SingleAsync(row, scope, fields, expand, cancellationToken);
    }

    public async Task<List<DeliveryContentItem>> ItemsByKeysAsync(DeliveryScope scope, IReadOnlyCollection<Guid> keys, PropertySelection fields, PropertySelection expand, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(scope, cancellationToken);
        var byKey = snapshot is not null
            ? keys.Distinct().Where(snapshot.ByKey.ContainsKey).ToDictionary(k => k, k => snapshot.ByKey[k])
            : (await Scoped(scope).Where(r => keys.Contains(r.Key)).ToListAsync(cancellationToken)).ToDictionary(r => r.Key);

        // Umbraco returns the items in the order they were asked for.
        var ordered = keys.Distinct().Where(byKey.ContainsKey).Select(k => byKey[k]).ToList();
        return await BuildAsync(ordered, scope, fields, expand, cancellationToken);
    }

    /// <summary>Published reads scoped to one site run on its in-memory snapshot; preview and network-wide reads use SQL.</summary>
    private async ValueTask<DeliverySiteSnapshot?> SnapshotAsync(DeliveryScope scope, CancellationToken cancellationToken) =>
        !scope.Preview && scope.Site is { } site ? await snapshots.GetAsync(site.Id, scope.Culture, cancellationToken) : null;

    private async Task<DeliveryOutcome<DeliveryPagedResult>> QueryInMemoryAsync(SiteSummary site, DeliveryScope scope, DeliveryQuery query, CancellationToken cancellationToken)
    {
        var siteFilterIds = new List<HashSet<int>>();
        foreach (var filter in query.Filters.Where(f => f.Field == FilterField.Site))
        {
            var ids = new HashSet<int>();
            foreach (var siteKey in filter.Values)
            {
                if (await sites.FindByKeyAsync(siteKey, cancellationToken) is not { } named)
                {
                    return DeliveryOutcome<DeliveryPagedResult>.Invalid("filter", $"No site has the key '{siteKey}'.");
                }

                ids.Add(named.Id);
            }

            siteFilterIds.Add(ids);
        }

        var snapshot = await snapshots.GetAsync(site.Id, scope.Culture, cancellationToken);
        var outcome = DeliveryMemoryQuery.Run(snapshot, query, siteFilterIds);
        if (outcome.Value is not { } page)
        {
            return outcome.As<DeliveryPagedResult>();
        }

        var items = await BuildAsync(page.Page, scope, query.Fields, query.Expand, cancellationToken);
        return DeliveryOutcome<DeliveryPagedResult>.Ok(new DeliveryPagedResult(page.Total, items));
    }

    private IQueryable<DeliveryRow> Scoped(DeliveryScope scope)
    {
        var rows = DeliveryRows.For(Db, scope.Culture, scope.Preview);
        if (scope.Site is { } site)
        {
            var siteId = site.Id;
            rows = rows.Where(r => r.SiteId == siteId);
        }

        return rows;
    }

    private async Task<List<DeliveryContentItem>> BuildAsync(
        List<DeliveryRow> rows, DeliveryScope scope, PropertySelection fields, PropertySelection expand, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var cultures = await SnapshotAsync(scope, cancellationToken) is { } snapshot
            ? snapshot.Cultures
            : await DeliveryRows.CulturesAsync(Db, rows.Select(r => r.Id).ToList(), scope.Preview, cancellationToken);
        var items = await factory.CreateAsync(rows, cultures, fields, cancellationToken);
        await factory.ResolvePickersAsync(items, expand, (keys, pickedFields, pickedExpand, ct) => PickedAsync(scope, keys, pickedFields, pickedExpand, ct), cancellationToken);
        return items;
    }

    /// <summary>Picked items in the same scope (site, culture, published or preview) as the request.</summary>
    private async Task<Dictionary<Guid, DeliveryContentItem>> PickedAsync(
        DeliveryScope scope, IReadOnlyCollection<Guid> keys, PropertySelection fields, PropertySelection expand, CancellationToken cancellationToken)
    {
        var items = await ItemsByKeysAsync(scope, keys, fields, expand, cancellationToken);
        return items.ToDictionary(i => i.Id);
    }

    private async Task<DeliveryOutcome<DeliveryContentItem>> SingleAsync(
        DeliveryRow? row, DeliveryScope scope, PropertySelection fields, PropertySelection expand, CancellationToken cancellationToken) =>
        row is null
            ? DeliveryOutcome<DeliveryContentItem>.Missing("id", "No published content item with this id or path in the requested site and culture.")
            : DeliveryOutcome<DeliveryContentItem>.Ok((await BuildAsync([row], scope, fields, expand, cancellationToken))[0]);

    private static async Task<DeliveryOutcome<TargetRow>> FindTargetAsync(
        IQueryable<DeliveryRow> rows, DeliveryScope scope, Guid? key, string? path, string parameter, CancellationToken cancellationToken)
    {
        if (key is null && scope.Site is null)
        {
            return DeliveryOutcome<TargetRow>.Invalid(parameter, "A path needs a site: send Start-Item or call the site's own host, or fetch by id.");
        }

        var target = await TargetRows(rows, key, path)
            .Select(r => new TargetRow(r.Id, r.SiteId, r.Path))
            .FirstOrDefaultAsync(cancellationToken);
        return target is null
            ? DeliveryOutcome<TargetRow>.Missing(parameter, $"The {parameter} target does not exist in the requested site and culture.")
            : DeliveryOutcome<TargetRow>.Ok(target);
    }

    private static IQueryable<DeliveryRow> TargetRows(IQueryable<DeliveryRow> rows, Guid? key, string? path) =>
        key is { } k ? rows.Where(r => r.Key == k) : rows.Where(r => r.UrlPath == path);

    private static IQueryable<DeliveryRow> AncestorsOf(IQueryable<DeliveryRow> rows, TargetRow target)
    {
        var ids = target.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(id => id != target.Id).ToList();
        return rows.Where(r => r.SiteId == target.SiteId && ids.Contains(r.Id));
    }

    private async Task<(IQueryable<DeliveryRow> Rows, string? Error)> ApplyAsync(IQueryable<DeliveryRow> rows, Filter filter, CancellationToken cancellationToken)
    {
        var values = filter.Values.ToList();
        var date = filter.Date;
        switch (filter.Field)
        {
            case FilterField.ContentType:
                return (filter.Negate ? rows.Where(r => !values.Contains(r.ContentType)) : rows.Where(r => values.Contains(r.ContentType)), null);
            case FilterField.Name:
                var lowered = values.Select(v => v.ToLowerInvariant()).ToList();
                var any = AnyOf(lowered, v => r => r.Name.ToLower().Contains(v));
                return (rows.Where(filter.Negate ? Not(any) : any), null);
            case FilterField.ParentId:
                var keys = values.Select(Guid.Parse).ToList();
                var parentIds = Db.Set<Content.ContentItem>().AsNoTracking().Where(p => keys.Contains(p.Key)).Select(p => (int?)p.Id);
                return (rows.Where(r => parentIds.Contains(r.ParentId)), null);
            case FilterField.Site:
                var siteIds = new List<int>();
                foreach (var siteKey in values)
                {
                    if (await sites.FindByKeyAsync(siteKey, cancellationToken) is not { } site)
                    {
                        return (rows, $"No site has the key '{siteKey}'.");
                    }

                    siteIds.Add(site.Id);
                }

                return (rows.Where(r => siteIds.Contains(r.SiteId)), null);
            case FilterField.CreateDate:
                return (filter.Comparison switch
                {
                    Comparison.GreaterThan => rows.Where(r => r.CreateDate > date),
                    Comparison.GreaterOrEqual => rows.Where(r => r.CreateDate >= date),
                    Comparison.LessThan => rows.Where(r => r.CreateDate < date),
                    _ => rows.Where(r => r.CreateDate <= date),
                }, null);
            default:
                return (filter.Comparison switch
                {
                    Comparison.GreaterThan => rows.Where(r => r.UpdateDate > date),
                    Comparison.GreaterOrEqual => rows.Where(r => r.UpdateDate >= date),
                    Comparison.LessThan => rows.Where(r => r.UpdateDate < date),
                    _ => rows.Where(r => r.UpdateDate <= date),
                }, null);
        }
    }

    private static IQueryable<DeliveryRow> Sorted(IQueryable<DeliveryRow> rows, List<Sort> sorts)
    {
        if (sorts.Count == 0)
        {
            return rows.OrderBy(r => r.Level).ThenBy(r => r.SortOrder).ThenBy(r => r.Id);
        }

        IOrderedQueryable<DeliveryRow>? ordered = null;
        foreach (var sort in sorts)
        {
            ordered = sort.Field switch
            {
                SortField.CreateDate => Order(rows, ordered, r => r.CreateDate, sort.Descending),
                SortField.UpdateDate => Order(rows, ordered, r => r.UpdateDate, sort.Descending),
                SortField.Name => Order(rows, ordered, r => r.Name, sort.Descending),
                SortField.SortOrder => Order(rows, ordered, r => r.SortOrder, sort.Descending),
                _ => Order(rows, ordered, r => r.Level, sort.Descending),
            };
        }

        // A stable tie-breaker keeps pages from overlapping when sort values repeat.
        return ordered!.ThenBy(r => r.Id);
    }

    private static IOrderedQueryable<DeliveryRow> Order<TKey>(
        IQueryable<DeliveryRow> rows, IOrderedQueryable<DeliveryRow>? ordered, Expression<Func<DeliveryRow, TKey>> key, bool descending) =>
        ordered is null
            ? descending ? rows.OrderByDescending(key) : rows.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

    private static Expression<Func<DeliveryRow, bool>> AnyOf(List<string> values, Func<string, Expression<Func<DeliveryRow, bool>>> make)
    {
        var parameter = Expression.Parameter(typeof(DeliveryRow), "r");
        Expression body = Expression.Constant(false);
        foreach (var value in values)
        {
            var part = make(value);
            body = Expression.OrElse(body, new ParameterSwap(part.Parameters[0], parameter).Visit(part.Body));
        }

        return Expression.Lambda<Func<DeliveryRow, bool>>(body, parameter);
    }

    private static Expression<Func<DeliveryRow, bool>> Not(Expression<Func<DeliveryRow, bool>> predicate) =>
        Expression.Lambda<Func<DeliveryRow, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    internal sealed record TargetRow(int Id, int SiteId, string Path);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
