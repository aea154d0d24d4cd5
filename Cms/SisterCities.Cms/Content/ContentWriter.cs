using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Content;

/// <summary>
/// Every change to content goes through here: create, save a draft version, publish, unpublish.
/// Each call is one SaveChanges, so the item, its variant, the new version and the feed rows commit together.
/// Callers validate with <see cref="ContentValidation"/> first; this class enforces only invariants.
/// </summary>
public sealed class ContentWriter(CmsDbContext db, RichTextSanitizer sanitizer, TimeProvider clock)
{
    public async Task<ContentItem> CreateAsync(
        int siteId,
        int? parentId,
        ContentType type,
        IReadOnlyDictionary<string, ContentDraft> cultures,
        ContentAuthor author,
        CancellationToken cancellationToken,
        int? sortOrder = null)
    {
        var now = clock.GetUtcNow();
        ContentItem? parent = null;
        if (parentId is not null)
        {
            parent = await db.Set<ContentItem>().Include(p => p.Variants)
                .SingleAsync(p => p.Id == parentId && p.SiteId == siteId, cancellationToken);
        }

        var item = new ContentItem
        {
            Key = Guid.NewGuid(),
            SiteId = siteId,
            ParentId = parentId,
            ContentTypeAlias = type.Alias,
            Level = parent is null ? 1 : parent.Level + 1,
            SortOrder = sortOrder ?? await NextSortOrderAsync(siteId, parentId, cancellationToken),
            CreateDate = now,
            UpdateDate = now,
        };

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        item.Path = (parent?.Path ?? "/") + item.Id + "/";

        foreach (var (culture, draft) in cultures)
        {
            var slug = string.IsNullOrEmpty(draft.Slug) ? Text.Slug.From(draft.Name) : draft.Slug;
            var parentPath = parent?.Variants.FirstOrDefault(v => v.Culture == culture)?.UrlPath;
            var urlPath = parent is null
                ? "/"
                : await UniqueUrlPathAsync(siteId, culture, JoinPath(parentPath ?? "/", slug), cancellationToken);
            var version = NewVersion(item.Id, culture, 1, type, draft, author, now, "Created");
            db.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            item.Variants.Add(new ContentVariant
            {
                ItemKey = item.Key,
                SiteId = siteId,
                Culture = culture,
                Name = draft.Name.Trim(),
                Slug = urlPath == "/" ? "" : urlPath[(urlPath.LastIndexOf('/') + 1)..],
                UrlPath = urlPath,
                State = ContentState.Draft,
                DraftVersionId = version.Id,
                UpdateDate = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item;
    }

    /// <summary>Saves a new draft version; <paramref name="expectedRevision"/> guards against overwriting someone else's save.</summary>
    public Task<ContentVariant> SaveDraftAsync(
        Guid key, string culture, ContentType type, ContentDraft draft, int expectedRevision, ContentAuthor author, CancellationToken cancellationToken) =>
        SaveDraftAsync(key, culture, type, draft, expectedRevision, author, comment: null, cancellationToken);

    /// <summary>As above, with a comment kept on the version (a rollback names the version it came from).</summary>
    public async Task<ContentVariant> SaveDraftAsync(
        Guid key, string culture, ContentType type, ContentDraft draft, int expectedRevision, ContentAuthor author, string? comment, CancellationToken cancellationToken)
    {
        var variant = await db.Set<ContentVariant>().SingleAsync(v => v.ItemKey == key && v.Culture == culture, cancellationToken);
        if (variant.Revision != expectedRevision)
        {
            throw new ContentConflictException(key, culture, expectedRevision, variant.Revision);
        }

        var now = clock.GetUtcNow();
        var number = await db.Set<ContentVersion>().Where(v => v.ItemId == variant.ItemId && v.Culture == culture).MaxAsync(v => v.Number, cancellationToken);
        var version = NewVersion(variant.ItemId, culture, number + 1, type, draft, author, now, comment);
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        variant.DraftVersionId = version.Id;
        variant.Name = draft.Name.Trim();
        variant.UpdateDate = now;
        variant.Revision++;
        if (variant.State is ContentState.Published or ContentState.Unpublished)
        {
            // The live version stays live; the variant now also has unpublished changes.
            variant.State = variant.State == ContentState.Published ? ContentState.Published : ContentState.Draft;
        }

        await TouchItemAsync(variant.ItemId, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ContentConflictException(key, culture, expectedRevision, expectedRevision + 1);
        }

        await transaction.CommitAsync(cancellationToken);
        return variant;
    }

    public async Task PublishAsync(Guid key, string culture, ContentAuthor author, CancellationToken cancellationToken)
    {
        var variant = await db.Set<ContentVariant>().SingleAsync(v => v.ItemKey == key && v.Culture == culture, cancellationToken);
        var now = clock.GetUtcNow();
        variant.PublishedVersionId = variant.DraftVersionId;
        variant.State = ContentState.Published;
        variant.PublishedAt = now;
        variant.UpdateDate = now;
        variant.Revision++;
        await TouchItemAsync(variant.ItemId, now, cancellationToken);
        db.Announce(ContentItem.FeedEntityName, key.ToString(), FeedChanges.Published, variant.SiteId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds a culture (a translation) to an existing item as a new draft variant with its first version.</summary>
    public async Task<ContentVariant> AddCultureAsync(
        Guid key, string culture, ContentType type, ContentDraft draft, ContentAuthor author, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().Include(i => i.Variants).SingleAsync(i => i.Key == key, cancellationToken);
        if (item.Variants.Any(v => v.Culture == culture))
        {
            throw new InvalidOperationException($"Item {key} already has a '{culture}' variant.");
        }

        var now = clock.GetUtcNow();
        var parentPath = item.ParentId is null
            ? null
            : await db.Set<ContentVariant>().Where(v => v.ItemId == item.ParentId && v.Culture == culture).Select(v => v.UrlPath).SingleOrDefaultAsync(cancellationToken);
        var slug = string.IsNullOrEmpty(draft.Slug) ? Text.Slug.From(draft.Name) : draft.Slug;
        var urlPath = item.ParentId is null ? "/" : await UniqueUrlPathAsync(item.SiteId, culture, JoinPath(parentPath ?? "/", slug), cancellationToken);
        var number = (await db.Set<ContentVersion>().Where(v => v.ItemId == item.Id && v.Culture == culture).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var version = NewVersion(item.Id, culture, number, type, draft, author, now, "Translation added");
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        var variant = new ContentVariant
        {
            ItemKey = item.Key,
            SiteId = item.SiteId,
            Culture = culture,
            Name = draft.Name.Trim(),
            Slug = urlPath == "/" ? "" : urlPath[(urlPath.LastIndexOf('/') + 1)..],
            UrlPath = urlPath,
            State = ContentState.Draft,
            DraftVersionId = version.Id,
            UpdateDate = now,
        };
        item.Variants.Add(variant);
        item.UpdateDate = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return variant;
    }

    /// <summary>
    /// Moves a variant between the review states (submit: Draft → InReview, reject: InReview → Draft) without
    /// touching what is live. Refused as a conflict when the variant changed since the user looked at it.
    /// </summary>
    public async Task<ContentVariant> SetReviewStateAsync(Guid key, string culture, ContentState state, int expectedRevision, CancellationToken cancellationToken)
    {
        if (state is not (ContentState.Draft or ContentState.InReview))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Only Draft and InReview are review states.");
        }

        var variant = await db.Set<ContentVariant>().SingleAsync(v => v.ItemKey == key && v.Culture == culture, cancellationToken);
        if (variant.Revision != expectedRevision)
        {
            throw new ContentConflictException(key, culture, expectedRevision, variant.Revision);
        }

        var now = clock.GetUtcNow();
        variant.State = state;
        variant.UpdateDate = now;
        variant.Revision++;
        await TouchItemAsync(variant.ItemId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return variant;
    }

    public async Task UnpublishAsync(Guid key, string culture, ContentAuthor author, CancellationToken cancellationToken)
    {
        var variant = await db.Set<ContentVariant>().SingleAsync(v => v.ItemKey == key && v.Culture == culture, cancellationToken);
        var now = clock.GetUtcNow();
        variant.PublishedVersionId = null;
        variant.State = ContentState.Unpublished;
        variant.UpdateDate = now;
        variant.Revision++;
        await TouchItemAsync(variant.ItemId, now, cancellationToken);
        db.Announce(ContentItem.FeedEntityName, key.ToString(), FeedChanges.Unpublished, variant.SiteId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private ContentVersion NewVersion(
        int itemId, string culture, int number, ContentType type, ContentDraft draft, ContentAuthor author, DateTimeOffset now, string? comment)
    {
        var values = new JsonObject();
        foreach (var (alias, value) in draft.Values)
        {
            var property = type.Property(alias) ?? throw new InvalidOperationException($"Unvalidated property '{alias}' for '{type.Alias}'.");
            values[alias] = property.Editor == PropertyEditors.RichText && value is JsonValue html && html.GetValueKind() == JsonValueKind.String
                ? JsonValue.Create(sanitizer.Sanitize(html.GetValue<string>()))
                : value?.DeepClone();
        }

        return new ContentVersion
        {
            ItemId = itemId,
            Culture = culture,
            Number = number,
            Name = draft.Name.Trim(),
            Values = values.ToJsonString(),
            AuthorId = author.Id,
            AuthorName = author.Name,
            CreatedAt = now,
            Comment = comment,
        };
    }

    private async Task TouchItemAsync(int itemId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().SingleAsync(i => i.Id == itemId, cancellationToken);
        item.UpdateDate = now;
    }

    private async Task<int> NextSortOrderAsync(int siteId, int? parentId, CancellationToken cancellationToken) =>
        (await db.Set<ContentItem>().Where(i => i.SiteId == siteId && i.ParentId == parentId)
            .MaxAsync(i => (int?)i.SortOrder, cancellationToken) ?? -1) + 1;

    private async Task<string> UniqueUrlPathAsync(int siteId, string culture, string wanted, CancellationToken cancellationToken)
    {
        var candidate = wanted;
        for (var n = 2; await db.Set<ContentVariant>().AnyAsync(v => v.SiteId == siteId && v.Culture == culture && v.UrlPath == candidate, cancellationToken); n++)
        {
            candidate = $"{wanted}-{n}";
        }

        return candidate;
    }

    private static string JoinPath(string parent, string slug) => parent == "/" ? "/" + slug : parent + "/" + slug;
}
