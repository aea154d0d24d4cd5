using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search;

/// <summary>
/// The catalog part of <c>index bench-seed</c>: verified businesses (uk and en texts, so two documents each) and
/// showroom items, in the benchmark's sites with real KVED-2010 divisions. Every name says it is demo data.
/// </summary>
internal static class BenchCatalogSeeder
{
    private const int Batch = 2000;

    public static async Task SeedAsync(
        CmsDbContext db, IReadOnlyList<Site> sites, KvedClassification kved, int businessCount, int itemCount, DateTimeOffset now, TextWriter output, CancellationToken cancellationToken)
    {
        var divisions = kved.All.Where(e => e.Level == KvedLevel.Division).ToList();
        var businesses = new List<(Guid Id, int SiteId, KvedEntry Division)>(businessCount);
        for (var start = 0; start < businessCount; start += Batch)
        {
            for (var n = start; n < Math.Min(businessCount, start + Batch); n++)
            {
                var site = sites[n % sites.Count];
                var division = divisions[n % divisions.Count];
                var name = $"Демо-підприємство №{n} ({site.NameUk})";
                var business = new Business
                {
                    Id = Guid.NewGuid(),
                    LegalName = name,
                    DisplayName = name,
                    SearchName = name.ToLowerInvariant(),
                    CountryCode = "UA",
                    Edrpou = (10_000_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    SiteId = site.Id,
                    State = VerificationState.Verified,
                    StateChangedAt = now,
                    CreatedBy = "bench-seed",
                    CreatedAt = now,
                    UpdatedAt = now,
                    Texts = new()
                    {
                        ["uk"] = new BusinessText { Tagline = division.NameUk, Description = $"Демонстраційний запис для вимірювання пошуку, не справжня компанія. {site.NameUk}." },
                        ["en"] = new BusinessText { Tagline = division.NameEn, Description = $"A benchmark record, not a real company. {site.NameEn}." },
                    },
                    Activities = [new BusinessActivity { Division = division.Code, Section = division.SectionCode, IsPrimary = true }],
                };
                db.Add(business);
                businesses.Add((business.Id, site.Id, division));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await output.WriteLineAsync($"seeded {Math.Min(businessCount, start + Batch)} businesses");
        }

        for (var start = 0; start < itemCount && businesses.Count > 0; start += Batch)
        {
            for (var n = start; n < Math.Min(itemCount, start + Batch); n++)
            {
                var (businessId, siteId, division) = businesses[n % businesses.Count];
                db.Add(new ShowroomItem
                {
                    Id = Guid.NewGuid(),
                    BusinessId = businessId,
                    SiteId = siteId,
                    Kind = ShowroomItemKind.Product,
                    KvedCode = division.Code,
                    SortOrder = n,
                    CreatedAt = now,
                    UpdatedAt = now,
                    Texts = new() { ["uk"] = new ShowroomItemText { Name = $"Демо-виріб №{n}: {division.NameUk}", Description = "Демонстраційний запис для вимірювання пошуку." } },
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await output.WriteLineAsync($"seeded {Math.Min(itemCount, start + Batch)} showroom items");
        }
    }
}
