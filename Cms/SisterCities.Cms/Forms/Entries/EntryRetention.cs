using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Submissions;

namespace SisterCities.Cms.Forms.Entries;

/// <summary>
/// Deletes entries older than their form's retention period (of the current version: shortening it applies to old
/// entries too, as a data-minimisation promise should), with their files, jobs and logs.
/// </summary>
public sealed class EntryRetention(CmsDbContext db, IFormFileStore files, TimeProvider clock)
{
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var forms = await db.Set<FormDefinition>().AsNoTracking()
            .Join(db.Set<FormVersion>(), f => new { FormId = f.Id, Number = f.CurrentVersion }, v => new { v.FormId, v.Number }, (f, v) => new { f.Id, v.Schema })
            .ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var form in forms)
        {
            var cutoff = now.AddDays(-form.Schema.RetentionDays);
            var expired = await db.Set<FormEntry>().Where(e => e.FormId == form.Id && e.CreatedAt < cutoff).Select(e => e.Id).ToListAsync(cancellationToken);
            foreach (var batch in expired.Chunk(200))
            {
                deleted += await DeleteAsync(batch, cancellationToken);
            }
        }

        return deleted;
    }

    /// <summary>Deletes entries and then their files; a file left by a crash in between is an orphan, never a leak of a live entry.</summary>
    public async Task<int> DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var keys = await db.Set<FormEntryFile>().Where(f => ids.Contains(f.EntryId)).Select(f => f.StorageKey).ToListAsync(cancellationToken);
        var count = await db.Set<FormEntry>().Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var key in keys)
        {
            await files.DeleteAsync(key, cancellationToken);
        }

        return count;
    }
}
