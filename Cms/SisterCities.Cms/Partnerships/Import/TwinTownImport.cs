using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Partnerships.Import;

/// <summary>
/// Loads twin-town pairs idempotently: a pair already present is left alone (or its year and source filled in),
/// so running the import twice adds nothing. Each row commits on its own: a bad row is reported and skipped,
/// good rows stay.
/// </summary>
public sealed class TwinTownImport(CmsDbContext db, PartnershipWriter writer, SiteDirectory directory, TimeProvider clock, IEnumerable<IMissingSiteSource> missingSites)
{
    /// <summary>Reads and imports a twin-towns file; format problems come first in the report.</summary>
    public async Task<TwinTownImportReport> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var (rows, problems) = await TwinTownFile.ReadAsync(reader, cancellationToken);
        var report = await ImportAsync(rows, cancellationToken);
        report.Problems.InsertRange(0, problems);
        return report;
    }

    public async Task<TwinTownImportReport> ImportAsync(IReadOnlyList<TwinTownRow> rows, CancellationToken cancellationToken)
    {
        var report = new TwinTownImportReport();
        var sites = await db.Set<Site>().AsNoTracking()
            .Select(s => new SiteRef(s.Id, s.NameUk, s.OblastNameUk, s.OblastNameEn))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            try
            {
                await ImportRowAsync(row, sites, report, cancellationToken);
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear();
                report.Problems.Add($"line {row.Line}: not saved ({e.InnerException?.Message ?? e.Message}).");
            }
        }

        if (report.SitesCreated > 0)
        {
            directory.Invalidate();
        }

        return report;
    }

    private async Task ImportRowAsync(TwinTownRow row, List<SiteRef> sites, TwinTownImportReport report, CancellationToken cancellationToken)
    {
        if (!CountryCodes.IsValid(row.CountryCode))
        {
            report.Problems.Add($"line {row.Line}: '{row.CountryCode}' is not an ISO 3166-1 country code.");
            return;
        }

        var site = FindSite(sites, row);
        if (site is null)
        {
            var created = await CreateMissingSiteAsync(row, cancellationToken);
            if (created is null)
            {
                report.Problems.Add($"line {row.Line}: no municipality '{row.UkrainianCityUk}' ({row.OblastEn}) in the network or the codifier.");
                return;
            }

            site = new SiteRef(created.Id, created.NameUk, created.OblastNameUk, created.OblastNameEn);
            sites.Add(site);
            report.SitesCreated++;
        }

        var city = await db.Set<PartnerCity>().FirstOrDefaultAsync(c => c.CountryCode == row.CountryCode && c.NameEn == row.PartnerCity, cancellationToken);
        if (city is null)
        {
            city = new PartnerCity
            {
                Key = Guid.NewGuid(),
                NameNative = row.PartnerCity,
                NameEn = row.PartnerCity,
                CountryCode = row.CountryCode,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Add(city);
            await db.SaveChangesAsync(cancellationToken);
            report.PartnerCitiesCreated++;
        }

        var existing = await db.Set<Partnership>().FirstOrDefaultAsync(p => p.SiteId == site.Id && p.PartnerCityId == city.Id, cancellationToken);
        if (existing is not null)
        {
            var fills = (existing.SinceYear is null && row.SinceYear is not null) || (existing.SourceUrl is null && row.SourceUrl.Length > 0);
            if (!fills)
            {
                report.Unchanged++;
                return;
            }

            existing.SinceYear ??= row.SinceYear;
            existing.SourceUrl ??= row.SourceUrl;
            existing.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            report.Updated++;
            return;
        }

        // Imported ties are shown as active; editors set a looser tie (a memorandum) to its real status.
        var result = await writer.CreateAsync(
            new PartnershipDraft
            {
                SiteId = site.Id,
                PartnerCityId = city.Id,
                Status = PartnershipStatus.Active,
                SinceYear = row.SinceYear,
                SourceUrl = row.SourceUrl.Length > 0 ? row.SourceUrl : null,
            },
            cancellationToken);
        if (result.Succeeded)
        {
            report.Added++;
        }
        else
        {
            report.Problems.Add($"line {row.Line}: " + string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        }
    }

    private async Task<Site?> CreateMissingSiteAsync(TwinTownRow row, CancellationToken cancellationToken)
    {
        foreach (var source in missingSites)
        {
            if (await source.CreateSiteAsync(row.UkrainianCityUk, row.OblastEn, cancellationToken) is { } site)
            {
                return site;
            }
        }

        return null;
    }

    private static SiteRef? FindSite(List<SiteRef> sites, TwinTownRow row)
    {
        var byName = sites.Where(s => SameName(s.NameUk, row.UkrainianCityUk)).ToList();
        if (byName.Count <= 1)
        {
            return byName.FirstOrDefault();
        }

        // Several hromadas share a centre's name: the oblast decides.
        return byName.FirstOrDefault(s => OblastMatches(s, row.OblastEn));
    }

    /// <summary>Names compare case-blind and with every apostrophe look-alike as one (Куп'янськ = Куп’янськ).</summary>
    internal static bool SameName(string a, string b) => string.Equals(NameKey(a), NameKey(b), StringComparison.Ordinal);

    private static string NameKey(string name) =>
        string.Concat(name.Trim().ToLowerInvariant().Select(c => UkrainianTransliteration.IsApostrophe(c) ? '’' : c));

    /// <summary>
    /// The file names oblasts in common English ("Dnipropetrovsk Oblast", "Kyiv City"); the codifier gives
    /// Ukrainian adjectives (Дніпропетровська). Their transliterated stems agree on the first letters.
    /// </summary>
    internal static bool OblastMatches(SiteRef site, string oblastEn)
    {
        var wanted = Stem(oblastEn);
        var candidates = new[] { site.OblastNameEn, site.OblastNameUk is null ? null : UkrainianTransliteration.ToLatin(site.OblastNameUk) };
        return candidates.Any(c => c is not null && Stem(c).Length > 0 && wanted.Length > 0 &&
                                   Stem(c)[..Math.Min(5, Stem(c).Length)] == wanted[..Math.Min(5, wanted.Length)]);
    }

    private static string Stem(string oblast) => Slug.From(oblast.Replace("Oblast", "", StringComparison.OrdinalIgnoreCase)).Replace("-", "", StringComparison.Ordinal);

    internal sealed record SiteRef(int Id, string NameUk, string? OblastNameUk, string? OblastNameEn);
}
