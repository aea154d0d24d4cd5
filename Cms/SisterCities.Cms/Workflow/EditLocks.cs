using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Workflow;

/// <summary>Advisory "who is editing" locks that expire after <see cref="Lifetime"/> without a renewal.</summary>
public sealed class EditLocks(CmsDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>Takes or renews the lock for <paramref name="editor"/>; returns the other holder when someone else has it.</summary>
    public async Task<EditLock?> OpenAsync(Editor editor, int itemId, string culture, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var existing = await db.Set<EditLock>().SingleOrDefaultAsync(l => l.ItemId == itemId && l.Culture == culture, cancellationToken);
        if (existing is not null && existing.UserId != editor.Id && existing.ExpiresAt > now)
        {
            return existing;
        }

        if (existing is null)
        {
            db.Add(new EditLock { ItemId = itemId, Culture = culture, UserId = editor.Id, UserName = editor.Name, ExpiresAt = now + Lifetime });
        }
        else
        {
            existing.UserId = editor.Id;
            existing.UserName = editor.Name;
            existing.ExpiresAt = now + Lifetime;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two editors opened the item at the same instant; the other one's row won, which is all we show.
            db.ChangeTracker.Clear();
        }

        return null;
    }

    public Task ReleaseAsync(Editor editor, int itemId, string culture, CancellationToken cancellationToken) =>
        db.Set<EditLock>().Where(l => l.ItemId == itemId && l.Culture == culture && l.UserId == editor.Id).ExecuteDeleteAsync(cancellationToken);
}
