using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Submissions;
using SisterCities.Cms.Forms.Workflows;

namespace SisterCities.Cms.Forms.Api;

/// <summary>Handlers for one entry: view, mark handled, delete, download a file. Every one checks the form's site first.</summary>
internal static class EntryEndpoints
{
    public static async Task<Results<Ok<EntryDetailDto>, NotFound, ForbidHttpResult>> GetAsync(
        ClaimsPrincipal user, Guid id, CmsDbContext db, IFormEntryAccess access, CancellationToken cancellationToken)
    {
        var entry = await db.Set<FormEntry>().AsNoTracking().Include(e => e.Files).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }

        if (!await MayManageAsync(user, entry, db, access, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var jobs = await db.Set<FormWorkflowJob>().AsNoTracking().Where(j => j.EntryId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var log = await db.Set<FormWorkflowAttempt>().AsNoTracking().Where(a => a.EntryId == id).OrderBy(a => a.Id)
            .Select(a => new WorkflowAttemptDto(a.Kind.ToString(), a.Number, a.Succeeded, a.Message, a.At)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new EntryDetailDto(
            FormManagementEndpoints.ToDto(entry), entry.ConsentText, entry.ConsentAt, entry.HandledBy, entry.HandledAt,
            entry.Files.Select(f => new EntryFileDto(f.Id, f.FieldAlias, f.FileName, f.ContentType, f.Length)).ToList(),
            jobs.Select(FormManagementEndpoints.ToDto).ToList(), log));
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> MarkHandledAsync(
        ClaimsPrincipal user, Guid id, CmsDbContext db, IFormEntryAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entry = await db.Set<FormEntry>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }

        if (!await MayManageAsync(user, entry, db, access, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        if (!entry.Handled)
        {
            entry.Handled = true;
            entry.HandledAt = clock.GetUtcNow();
            entry.HandledBy = user.Identity?.Name;
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> DeleteAsync(
        ClaimsPrincipal user, Guid id, CmsDbContext db, IFormEntryAccess access, EntryRetention retention, CancellationToken cancellationToken)
    {
        var entry = await db.Set<FormEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }

        if (!await MayManageAsync(user, entry, db, access, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        await retention.DeleteAsync([id], cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<FileStreamHttpResult, NotFound, ForbidHttpResult>> DownloadFileAsync(
        ClaimsPrincipal user, Guid id, Guid fileId, CmsDbContext db, IFormEntryAccess access, IFormFileStore store, CancellationToken cancellationToken)
    {
        var entry = await db.Set<FormEntry>().AsNoTracking().Include(e => e.Files).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        var file = entry?.Files.SingleOrDefault(f => f.Id == fileId);
        if (entry is null || file is null)
        {
            return TypedResults.NotFound();
        }

        if (!await MayManageAsync(user, entry, db, access, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var stream = await store.OpenAsync(file.StorageKey, cancellationToken);
        // Served as a download so a crafted PDF or image never renders in the CMS origin.
        return stream is null ? TypedResults.NotFound() : TypedResults.File(stream, file.ContentType, file.FileName);
    }

    private static async Task<bool> MayManageAsync(ClaimsPrincipal user, FormEntry entry, CmsDbContext db, IFormEntryAccess access, CancellationToken cancellationToken)
    {
        var siteId = await db.Set<FormDefinition>().Where(f => f.Id == entry.FormId).Select(f => f.SiteId).SingleAsync(cancellationToken);
        return await access.CanManageAsync(user, siteId, cancellationToken);
    }
}
