using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Workflows;

namespace SisterCities.Cms.Forms.Api;

/// <summary>Exports a form's entries (same filters as the list) as CSV: one column per field of any version, labels in the requested culture.</summary>
internal static class FormEntryExport
{
    public static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult>> ExportAsync(
        ClaimsPrincipal user, Guid key, DateTimeOffset? from, DateTimeOffset? to, bool? handled, string? q, string? culture,
        CmsDbContext db, IFormEntryAccess access, CancellationToken cancellationToken)
    {
        var form = await db.Set<FormDefinition>().AsNoTracking().SingleOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (form is null)
        {
            return TypedResults.NotFound();
        }

        if (!await access.CanManageAsync(user, form.SiteId, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var c = culture is "en" ? "en" : "uk";
        var versions = await db.Set<FormVersion>().AsNoTracking().Where(v => v.FormId == form.Id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        // Newest version first, so a renamed label shows its current wording; fields removed later still get a column.
        var fields = versions.SelectMany(v => v.Schema.AllFields.Where(f => f.TakesValue)).DistinctBy(f => f.Alias).ToList();
        var entries = await FormManagementEndpoints.FilteredEntries(db, form.Id, from, to, handled, q).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken);

        var header = new List<string?> { "id", c == "uk" ? "надіслано (UTC)" : "submitted (UTC)", c == "uk" ? "версія" : "version", c == "uk" ? "мова" : "culture", c == "uk" ? "опрацьовано" : "handled" };
        header.AddRange(fields.Select(f => f.Label.In(c)));
        var rows = new List<IEnumerable<string?>> { header };
        foreach (var entry in entries)
        {
            var values = EntryValues.Deserialize(entry.Values);
            var row = new List<string?>
            {
                entry.Id.ToString(), entry.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                entry.FormVersion.ToString(CultureInfo.InvariantCulture), entry.Culture, entry.Handled ? "1" : "0",
            };
            row.AddRange(fields.Select(f => values.TryGetValue(f.Alias, out var v) ? EntryText.Display(f, v, c) : ""));
            rows.Add(row);
        }

        var name = $"form-{form.Key:N}-entries.csv";
        return TypedResults.File(CsvWriter.Document(rows), "text/csv; charset=utf-8", name);
    }
}
