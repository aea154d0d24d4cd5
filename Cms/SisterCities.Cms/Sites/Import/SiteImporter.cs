using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Sites.Import;

/// <summary>
/// Creates or updates one site per codifier municipality, keyed by KATOTTG code, so a second run adds nothing.
/// Writes go in transactions of <see cref="BatchSize"/> sites: a crash leaves whole batches, never half a one,
/// and a rerun completes the rest. Keys and hostnames of existing sites never change (they are in URLs).
/// </summary>
public sealed class SiteImporter(CmsDbContext db, TimeProvider clock, SiteDirectory directory)
{
    public const int BatchSize = 250;

    /// <summary>Reads and plans the codifier at <paramref name="path"/>, then applies it.</summary>
    public async Task<SiteImportReport> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var (planned, report) = await PlanAsync(stream, cancellationToken);
        await ApplyAsync(planned, report, cancellationToken);
        return report;
    }

    /// <summary>Reads the whole codifier and plans every site's identity; bad lines go into the report.</summary>
    public static async Task<(IReadOnlyList<PlannedSite> Sites, SiteImportReport Report)> PlanAsync(Stream stream, CancellationToken cancellationToken)
    {
        var report = new SiteImportReport();
        var reader = new KatottgCodifierReader();
        var municipalities = new List<CodifierHromada>();
        await foreach (var record in reader.ReadAsync(stream, cancellationToken))
        {
            switch (record)
            {
                case CodifierHromada hromada:
                    municipalities.Add(hromada);
                    break;
                case CodifierProblem problem:
                    report.Problems.Add(problem);
                    break;
            }
        }

        report.SkippedOccupied = reader.SkippedOccupied;
        return (SiteIdentityPlanner.Plan(municipalities), report);
    }

    /// <summary>Adds the planned sites that are missing and updates the names of those that changed.</summary>
    public async Task ApplyAsync(IReadOnlyList<PlannedSite> planned, SiteImportReport report, CancellationToken cancellationToken)
    {
        var takenKeys = (await db.Set<Site>().AsNoTracking().Select(s => s.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var takenHosts = (await db.Set<SiteHostname>().AsNoTracking().Select(h => h.Hostname).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var batch in planned.Chunk(BatchSize))
            {
                await ApplyBatchAsync(batch, report, takenKeys, takenHosts, cancellationToken);
            }
        }
        finally
        {
            directory.Invalidate();
        }
    }

    private async Task ApplyBatchAsync(
        PlannedSite[] batch, SiteImportReport report, HashSet<string> takenKeys, HashSet<string> takenHosts, CancellationToken cancellationToken)
    {
        var codes = batch.Select(p => p.KatottgCode).ToList();
        var existing = await db.Set<Site>().Where(s => s.KatottgCode != null && codes.Contains(s.KatottgCode))
            .ToDictionaryAsync(s => s.KatottgCode!, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var plan in batch)
        {
            if (existing.TryGetValue(plan.KatottgCode, out var site))
            {
                if (UpdateNames(site, plan))
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }

                continue;
            }

            var key = plan.Key;
            if (takenKeys.Contains(key) || takenHosts.Contains(key + ".localhost"))
            {
                key = plan.Key + "-" + plan.KatottgCode.ToLowerInvariant();
                report.Notes.Add($"{plan.NameUk} ({plan.KatottgCode}): key '{plan.Key}' belongs to another site, used '{key}'");
            }

            takenKeys.Add(key);
            takenHosts.Add(key + ".localhost");
            site = new Site
            {
                Key = key,
                NameUk = plan.NameUk,
                NameEn = plan.NameEn,
                KatottgCode = plan.KatottgCode,
                CreatedAt = now,
                Cultures = "uk,en",
                Hostnames = [new SiteHostname { Hostname = key + ".localhost" }],
            };
            UpdateNames(site, plan);
            db.Add(site);
            added++;
        }

        await using (var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();

        // Counted only after the commit, so a failed batch never shows up as done.
        report.Added += added;
        report.Updated += updated;
        report.Unchanged += unchanged;
    }

    private static bool UpdateNames(Site site, PlannedSite plan)
    {
        var hromada = plan.Source.IsSpecialStatusCity ? null : plan.HromadaNameUk;
        if (site.NameUk == plan.NameUk && site.NameEn == plan.NameEn && site.HromadaNameUk == hromada
            && site.OblastCode == plan.OblastCode && site.OblastNameUk == plan.OblastNameUk && site.OblastNameEn == plan.OblastNameEn)
        {
            return false;
        }

        site.NameUk = plan.NameUk;
        site.NameEn = plan.NameEn;
        site.HromadaNameUk = hromada;
        site.OblastCode = plan.OblastCode;
        site.OblastNameUk = plan.OblastNameUk;
        site.OblastNameEn = plan.OblastNameEn;
        return true;
    }
}
