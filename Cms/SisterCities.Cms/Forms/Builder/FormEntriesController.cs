using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Backoffice;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Api;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Submissions;
using SisterCities.Cms.Forms.Workflows;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>
/// A form's entries in the backoffice: list with filters, one entry with its version's labels, files and workflow log,
/// mark handled, delete. Every action checks the form's site with <see cref="IFormEntryAccess"/> first; files are
/// only ever sent as downloads.
/// </summary>
[Route(FormBuilderController.Path)]
public sealed class FormEntriesController(CmsDbContext db, IFormEntryAccess access, EntryRetention retention, IFormFileStore files, TimeProvider clock)
    : BackofficeController
{
    [HttpGet("{key:guid}/entries")]
    public async Task<IActionResult> List(Guid key, string? handled, string? from, string? to, int page = 1, CancellationToken cancellationToken = default)
    {
        var form = await db.Set<FormDefinition>().AsNoTracking().SingleOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (form is null)
        {
            return Missing();
        }

        if (!await access.CanManageAsync(User, form.SiteId, cancellationToken))
        {
            return Forbidden();
        }

        var errors = new Dictionary<string, string>();
        var fromUtc = KyivDay(from, "from", errors, 0);
        var toUtc = KyivDay(to, "to", errors, 1);
        bool? handledFilter = handled switch { "yes" => true, "no" => false, _ => null };
        var query = FormManagementEndpoints.FilteredEntries(db, form.Id, fromUtc, toUtc, handledFilter, null);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + EntriesModel.PageSize - 1) / EntriesModel.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var entries = await query.OrderByDescending(e => e.CreatedAt).Skip((page - 1) * EntriesModel.PageSize).Take(EntriesModel.PageSize).ToListAsync(cancellationToken);
        var schema = await db.Set<FormVersion>().AsNoTracking().Where(v => v.FormId == form.Id && v.Number == form.CurrentVersion).Select(v => v.Schema).SingleAsync(cancellationToken);

        var filter = new List<string>();
        var export = new List<string> { "culture=uk" };
        if (handledFilter is { } h)
        {
            filter.Add("handled=" + (h ? "yes" : "no"));
            export.Add("handled=" + (h ? "true" : "false"));
        }

        if (fromUtc is { } f)
        {
            filter.Add("from=" + Uri.EscapeDataString(from!));
            export.Add("from=" + Uri.EscapeDataString(f.ToString("O", CultureInfo.InvariantCulture)));
        }

        if (toUtc is { } t)
        {
            filter.Add("to=" + Uri.EscapeDataString(to!));
            export.Add("to=" + Uri.EscapeDataString(t.ToString("O", CultureInfo.InvariantCulture)));
        }

        var model = new EntriesModel(form, schema, entries, total, page, pageCount, handled, from, to, string.Join('&', filter),
            $"{FormManagementEndpoints.Prefix}/{form.Key}/entries.csv?{string.Join('&', export)}", errors);
        Response.StatusCode = errors.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return View(FormViews.Entries, model);
    }

    [HttpGet("entries/{key:guid}")]
    public async Task<IActionResult> Show(Guid key, string? done, CancellationToken cancellationToken)
    {
        var (entry, form, refusal) = await LoadAsync(key, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var schema = await db.Set<FormVersion>().AsNoTracking().Where(v => v.FormId == form!.Id && v.Number == entry!.FormVersion).Select(v => v.Schema).SingleAsync(cancellationToken);
        var jobs = await db.Set<FormWorkflowJob>().AsNoTracking().Where(j => j.EntryId == key).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var log = await db.Set<FormWorkflowAttempt>().AsNoTracking().Where(a => a.EntryId == key).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var notice = done == "handled" ? "Marked as handled." : null;
        return View(FormViews.Entry, new EntryModel(form!, entry!, schema, EntryValues.Deserialize(entry!.Values), jobs, log, notice));
    }

    [HttpPost("entries/{key:guid}/handled")]
    public async Task<IActionResult> MarkHandled(Guid key, CancellationToken cancellationToken)
    {
        var (entry, _, refusal) = await LoadAsync(key, cancellationToken, track: true);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!entry!.Handled)
        {
            entry.Handled = true;
            entry.HandledAt = clock.GetUtcNow();
            entry.HandledBy = Me.Name;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/{FormBuilderController.Path}/entries/{key}?done=handled");
    }

    [HttpPost("entries/{key:guid}/delete")]
    public async Task<IActionResult> Delete(Guid key, bool confirm, CancellationToken cancellationToken)
    {
        var (_, form, refusal) = await LoadAsync(key, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!confirm)
        {
            return Refused(WorkflowOutcome.Invalid("The entry was not deleted.", new Dictionary<string, string[]> { ["confirm"] = ["Tick the box to confirm that the entry is deleted for good."] }));
        }

        await retention.DeleteAsync([key], cancellationToken);
        return Redirect($"/{FormBuilderController.Path}/{form!.Key}/entries");
    }

    [HttpGet("entries/{key:guid}/file")]
    public async Task<IActionResult> File(Guid key, Guid id, CancellationToken cancellationToken)
    {
        var (_, _, refusal) = await LoadAsync(key, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var file = await db.Set<FormEntryFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.EntryId == key, cancellationToken);
        var stream = file is null ? null : await files.OpenAsync(file.StorageKey, cancellationToken);
        if (stream is null)
        {
            return Missing();
        }

        // A download, never inline: a crafted PDF or image must not render in the CMS's origin.
        return File(stream, "application/octet-stream", file!.FileName);
    }

    private async Task<(FormEntry? Entry, FormDefinition? Form, IActionResult? Refusal)> LoadAsync(Guid id, CancellationToken cancellationToken, bool track = false)
    {
        var entries = track ? db.Set<FormEntry>().Include(e => e.Files) : db.Set<FormEntry>().AsNoTracking().Include(e => e.Files);
        var entry = await entries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        var form = entry is null ? null : await db.Set<FormDefinition>().AsNoTracking().SingleAsync(f => f.Id == entry.FormId, cancellationToken);
        if (entry is null || form is null)
        {
            return (null, null, Missing());
        }

        return await access.CanManageAsync(User, form.SiteId, cancellationToken) ? (entry, form, null) : (null, null, Forbidden());
    }

    /// <summary>A <c>yyyy-MM-dd</c> day in Kyiv as the UTC instant it starts (plus <paramref name="addDays"/>), or null when empty.</summary>
    private static DateTimeOffset? KyivDay(string? text, string id, Dictionary<string, string> errors, int addDays)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return KyivTime.FromKyivWallClock(day.AddDays(addDays));
        }

        errors["q-" + id] = "Enter a date as YYYY-MM-DD.";
        return null;
    }
}
