using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Media;

/// <summary>
/// The media library's writes and reads: add (type by bytes, dedupe by hash, re-encode images), search,
/// update alt text and focal point, delete unless used. Endpoints, the portal and forms all go through here.
/// </summary>
public sealed class MediaLibrary(
    CmsDbContext db,
    IMediaStore store,
    ImageSanitizer sanitizer,
    IEnumerable<IMediaUsage> usages,
    MediaWorkFolders folders,
    MediaItemLookup lookup,
    TimeProvider clock)
{
    public async Task<(MediaItem Item, bool Created)> AddAsync(ReceivedUpload upload, MediaUploadRequest request, CancellationToken cancellationToken)
    {
        var folder = MediaFileName.SanitizeFolder(request.Folder);
        var contentType = await DetectAsync(upload, cancellationToken);
        var items = db.Set<MediaItem>();
        var twin = await items.AsNoTracking().Where(m => m.Sha256 == upload.Sha256).OrderBy(m => m.Id).FirstOrDefaultAsync(cancellationToken);
        if (twin is not null && twin.SiteId == request.SiteId && twin.Folder == folder)
        {
            return (twin, false);
        }

        var item = new MediaItem
        {
            Key = Guid.NewGuid(),
            SiteId = request.SiteId,
            Folder = folder,
            FileName = MediaFileName.Sanitize(upload.OriginalName, contentType),
            ContentType = contentType,
            Sha256 = upload.Sha256,
            StoragePath = $"originals/{upload.Sha256[..2]}/{upload.Sha256}.{MediaFormats.Extension(contentType)}",
            AltUk = Trimmed(request.AltUk),
            AltEn = Trimmed(request.AltEn),
            CreatedById = request.UserId,
            CreatedByName = request.UserName,
            CreatedAt = clock.GetUtcNow(),
            UpdatedAt = clock.GetUtcNow(),
        };

        if (twin is not null && await store.ExistsAsync(twin.StoragePath, cancellationToken))
        {
            // The same bytes were accepted before: share the already-cleaned stored file.
            (item.StoragePath, item.Bytes, item.Width, item.Height) = (twin.StoragePath, twin.Bytes, twin.Width, twin.Height);
        }
        else if (contentType == MediaFormats.Pdf)
        {
            await using var input = upload.OpenRead();
            await store.WriteAsync(item.StoragePath, input, cancellationToken);
            item.Bytes = upload.Bytes;
        }
        else
        {
            await StoreCleanImageAsync(upload, item, cancellationToken);
        }

        item.SearchName = item.FileName.ToLowerInvariant();
        items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return (item, true);
    }

    public Task<MediaItem?> FindAsync(Guid key, CancellationToken cancellationToken) =>
        db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Key == key, cancellationToken);

    /// <summary>Items of one library (a site's, or the network's when <paramref name="siteId"/> is null), newest first.</summary>
    public async Task<(int Total, List<MediaItem> Items)> SearchAsync(
        int? siteId, string? folder, string? name, int skip, int take, CancellationToken cancellationToken, bool imagesOnly = false)
    {
        var query = db.Set<MediaItem>().AsNoTracking().Where(m => m.SiteId == siteId);
        if (imagesOnly)
        {
            query = query.Where(m => m.ContentType != MediaFormats.Pdf);
        }

        if (folder is not null)
        {
            var cleanFolder = MediaFileName.SanitizeFolder(folder);
            query = query.Where(m => m.Folder == cleanFolder);
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var needle = name.Trim().ToLowerInvariant();
            query = query.Where(m => m.SearchName.Contains(needle));
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(m => m.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (total, page);
    }

    /// <summary>Sets alt texts and/or the focal point. A changed focal point bumps the revision, so crops get new URLs.</summary>
    public async Task<MediaItem?> UpdateAsync(Guid key, MediaItemChanges changes, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (item is null)
        {
            return null;
        }

        if (changes.AltUk is not null)
        {
            item.AltUk = Trimmed(changes.AltUk);
        }

        if (changes.AltEn is not null)
        {
            item.AltEn = Trimmed(changes.AltEn);
        }

        if (changes.FocalLeft is { } left && changes.FocalTop is { } top && (left, top) != (item.FocalLeft, item.FocalTop))
        {
            (item.FocalLeft, item.FocalTop) = (left, top);
            item.Revision++;
        }

        item.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        lookup.Forget(key);
        return item;
    }

    /// <summary>
    /// Gives the item a new display name (sanitized, extension kept from the bytes). The name is part of every
    /// public URL and of its signature, so the revision is bumped: URLs stay immutable, old ones stop answering.
    /// </summary>
    public async Task<MediaItem?> RenameAsync(Guid key, string newName, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var fileName = MediaFileName.Sanitize(newName, item.ContentType);
        if (fileName != item.FileName)
        {
            item.FileName = fileName;
            item.SearchName = fileName.ToLowerInvariant();
            item.Revision++;
            item.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            lookup.Forget(key);
        }

        return item;
    }

    /// <summary>The folders in use in one library (a site's, or the network's when <paramref name="siteId"/> is null), sorted.</summary>
    public async Task<IReadOnlyList<string>> FoldersAsync(int? siteId, CancellationToken cancellationToken) =>
        await db.Set<MediaItem>().AsNoTracking().Where(m => m.SiteId == siteId && m.Folder != "")
            .Select(m => m.Folder).Distinct().OrderBy(f => f).Take(500).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MediaUse>> FindUsesAsync(Guid key, CancellationToken cancellationToken)
    {
        var uses = new List<MediaUse>();
        foreach (var usage in usages)
        {
            uses.AddRange(await usage.FindUsesAsync(key, cancellationToken));
        }

        return uses;
    }

    /// <summary>Deletes an unused item; returns its uses instead when anything still refers to it.</summary>
    public async Task<IReadOnlyList<MediaUse>> DeleteAsync(MediaItem item, CancellationToken cancellationToken)
    {
        var uses = await FindUsesAsync(item.Key, cancellationToken);
        if (uses.Count > 0)
        {
            return uses;
        }

        // Removing the tracked entity lets the change feed record the deletion in the same SaveChanges.
        db.Set<MediaItem>().Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        lookup.Forget(item.Key);
        var shared = await db.Set<MediaItem>().AnyAsync(m => m.StoragePath == item.StoragePath, cancellationToken);
        if (!shared)
        {
            await store.DeleteAsync(item.StoragePath, cancellationToken);
        }

        var cached = Path.Combine(folders.RenditionCache, item.Key.ToString("N"));
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        return [];
    }

    private async Task StoreCleanImageAsync(ReceivedUpload upload, MediaItem item, CancellationToken cancellationToken)
    {
        var cleanPath = folders.NewTemporaryFile();
        try
        {
            await using (var input = upload.OpenRead())
            await using (var clean = new FileStream(cleanPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, useAsync: true))
            {
                (item.Width, item.Height) = await sanitizer.ReencodeAsync(input, item.ContentType, clean, cancellationToken);
                item.Bytes = clean.Length;
                clean.Position = 0;
                await store.WriteAsync(item.StoragePath, clean, cancellationToken);
            }
        }
        finally
        {
            File.Delete(cleanPath);
        }
    }

    private static async Task<string> DetectAsync(ReceivedUpload upload, CancellationToken cancellationToken)
    {
        var head = new byte[MediaFormats.SniffLength];
        await using var input = upload.OpenRead();
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return MediaFormats.Detect(head.AsSpan(0, read))
            ?? throw MediaRejectedException.UnsupportedType("Only JPEG, PNG, WebP and GIF images and PDF documents are accepted; the file's bytes are none of these.");
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
