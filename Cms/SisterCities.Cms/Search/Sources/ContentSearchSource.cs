using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search.Sources;

/// <summary>
/// Published content of every site and culture: the published version's name, summary/intro, body and other
/// text properties, HTML stripped. Drafts are never read. Every document carries its site's name, so a site
/// change re-indexes the site's published items (<see cref="ISearchDependentSource"/>).
/// </summary>
public sealed class ContentSearchSource(CmsDbContext db, SiteDirectory sites) : ISearchDocumentSource, ISearchDependentSource
{
    private const int PageSize = 500;
    private const int DependentPageSize = 200;

    // Text-bearing properties in the order they are most telling; anything else (URLs, phones, flags) is not searched.
    private static readonly string[] TextProperties = ["summary", "intro", "body", "howToApply", "venue", "tags"];

    public string Entity => ContentItem.FeedEntityName;

    public IReadOnlyCollection<string> DependsOn { get; } = [Site.FeedEntityName];

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(entityId, out var key))
        {
            return [];
        }

        var variants = db.Set<ContentVariant>().AsNoTracking().Where(v => v.ItemKey == key);
        var rows = await Query(variants).ToListAsync(cancellationToken);
        var documents = new List<SearchDocument>(rows.Count);
        foreach (var row in rows)
        {
            if (await ToDocumentAsync(row, cancellationToken) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Keyset paging: short reads that never hold a cursor open across the whole table.
        var after = 0;
        while (true)
        {
            var variants = db.Set<ContentVariant>().AsNoTracking().Where(v => v.Id > after && v.State == ContentState.Published).OrderBy(v => v.Id).Take(PageSize);
            var rows = await Query(variants).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                if (await ToDocumentAsync(row, cancellationToken) is { } document)
                {
                    yield return document;
                }
            }

            var last = await variants.Select(v => (int?)v.Id).MaxAsync(cancellationToken);
            if (last is null)
            {
                yield break;
            }

            after = last.Value;
        }
    }

    /// <summary>The site's items that have a published variant, <see cref="DependentPageSize"/> items (all their cultures) a page.</summary>
    public async Task<SearchDependents> LoadDependentsAsync(string entity, string entityId, string? after, CancellationToken cancellationToken)
    {
        if (entity != Site.FeedEntityName || await sites.FindByKeyAsync(entityId, cancellationToken) is not { } site)
        {
            return SearchDependents.None;
        }

        var afterId = after is null ? 0 : int.Parse(after, CultureInfo.InvariantCulture);
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(i => i.SiteId == site.Id && i.Id > afterId && !i.Trashed)
            .Where(i => db.Set<ContentVariant>().Any(v => v.ItemId == i.Id && v.State == ContentState.Published))
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.Key }).Take(DependentPageSize).ToListAsync(cancellationToken);
        var keys = items.Select(i => i.Key).ToList();
        var rows = await Query(db.Set<ContentVariant>().AsNoTracking().Where(v => keys.Contains(v.ItemKey))).ToListAsync(cancellationToken);
        var documents = new List<SearchDocument>(rows.Count);
        foreach (var row in rows)
        {
            if (await ToDocumentAsync(row, cancellationToken) is { } document)
            {
                documents.Add(document);
            }
        }

        var next = items.Count < DependentPageSize ? null : items[^1].Id.ToString(CultureInfo.InvariantCulture);
        return SearchDependents.Of(keys.Select(k => $"{Entity}:{k}"), documents, next);
    }

    // Trashed items and unpublished variants drop out here, so a page of variants may yield fewer rows than it holds.
    private IQueryable<Row> Query(IQueryable<ContentVariant> variants) =>
        from variant in variants
        from item in db.Set<ContentItem>().Where(i => i.Id == variant.ItemId)
        from version in db.Set<ContentVersion>().Where(v => v.Id == variant.PublishedVersionId)
        where variant.State == ContentState.Published && !item.Trashed
        select new Row(variant.Id, variant.ItemKey, variant.SiteId, variant.Culture, variant.UrlPath, item.ContentTypeAlias, version.Name, version.Values, variant.PublishedAt);

    private async Task<SearchDocument?> ToDocumentAsync(Row row, CancellationToken cancellationToken)
    {
        var site = await sites.FindByIdAsync(row.SiteId, cancellationToken);
        if (site is null)
        {
            return null;
        }

        var prefix = row.Culture == site.DefaultCulture ? "" : "/" + row.Culture;
        return new SearchDocument
        {
            Id = $"{Entity}:{row.ItemKey}:{row.Culture}",
            Owner = $"{Entity}:{row.ItemKey}",
            Type = row.TypeAlias,
            Title = row.Name,
            Text = ExtractText(row.Values),
            Url = row.UrlPath == "/" ? prefix + "/" : prefix + row.UrlPath,
            SiteKey = site.Key,
            SiteName = site.NameIn(row.Culture),
            Culture = row.Culture,
            Date = row.PublishedAt,
            Country = "UA",
        };
    }

    internal static string ExtractText(string valuesJson)
    {
        if (JsonNode.Parse(valuesJson) is not JsonObject values)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var alias in TextProperties)
        {
            switch (values[alias])
            {
                case JsonValue value when value.TryGetValue<string>(out var s):
                    text.Append(HtmlText.ToPlain(s)).Append(' ');
                    break;
                case JsonArray array:
                    foreach (var element in array)
                    {
                        if (element is JsonValue v && v.TryGetValue<string>(out var tag))
                        {
                            text.Append(tag).Append(' ');
                        }
                    }

                    break;
            }
        }

        return text.ToString().Trim();
    }

    private sealed record Row(int VariantId, Guid ItemKey, int SiteId, string Culture, string UrlPath, string TypeAlias, string Name, string Values, DateTimeOffset? PublishedAt);
}
