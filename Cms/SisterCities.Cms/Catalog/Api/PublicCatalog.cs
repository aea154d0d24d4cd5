using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Api;

/// <summary>
/// Everything the public may read from the catalog, and nothing else: verified businesses, their showrooms, and
/// projects that are open or funded whose owner is a verified business or a municipality. Each query starts
/// from <see cref="VisibleBusinesses"/> / <see cref="VisibleProjects"/>, so the rule lives in one place.
/// Projections name their fields, so contact e-mail and phone cannot leak by a new property.
/// </summary>
public sealed class PublicCatalog(CmsDbContext db, SiteDirectory sites, KvedClassification kved)
{
    public IQueryable<Business> VisibleBusinesses() =>
        db.Set<Business>().AsNoTracking().Where(b => b.State == VerificationState.Verified);

    public IQueryable<InvestmentProject> VisibleProjects() =>
        db.Set<InvestmentProject>().AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Open || p.Status == ProjectStatus.Funded)
            .Where(p => p.BusinessId == null || db.Set<Business>().Any(b => b.Id == p.BusinessId && b.State == VerificationState.Verified));

    /// <summary>
    /// A municipality's projects: located there, owned by it, or (when no location is given) owned by one of its
    /// businesses, so a city's catalog shows the projects of the businesses it shows.
    /// </summary>
    public IQueryable<InvestmentProject> ProjectsOfSite(IQueryable<InvestmentProject> query, int siteId) =>
        query.Where(p => p.LocationSiteId == siteId || p.OwnerSiteId == siteId
            || (p.LocationSiteId == null && db.Set<Business>().Any(b => b.Id == p.BusinessId && b.SiteId == siteId)));

    public async Task<CatalogPage<BusinessSummaryView>> BusinessesAsync(BusinessFilter filter, string culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = VisibleBusinesses();
        if (filter.Section is not null)
        {
            query = query.Where(b => b.Activities.Any(a => a.Section == filter.Section));
        }

        if (filter.Division is not null)
        {
            query = query.Where(b => b.Activities.Any(a => a.Division == filter.Division));
        }

        if (filter.Country is not null)
        {
            query = query.Where(b => b.CountryCode == filter.Country);
        }

        if (filter.SiteId is not null)
        {
            query = query.Where(b => b.SiteId == filter.SiteId);
        }

        if (filter.Exporting is not null)
        {
            query = query.Where(b => b.IsExporting == filter.Exporting);
        }

        if (filter.NameText is not null)
        {
            query = query.Where(b => b.SearchName.Contains(filter.NameText));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(b => EF.Functions.Collate(b.DisplayName, db.UkrainianCollation)).ThenBy(b => b.Id).Skip(filter.Skip).Take(filter.Take)
            .Select(b => new
            {
                b.Id,
                b.DisplayName,
                b.LegalName,
                b.Texts,
                b.CountryCode,
                b.SiteId,
                b.ForeignCity,
                b.SizeBand,
                b.ExportMarkets,
                b.LogoMediaKey,
                Activities = b.Activities.OrderByDescending(a => a.IsPrimary).ThenBy(a => a.Division).Select(a => a.Division).ToList(),
            })
            .ToListAsync(cancellationToken);
        var items = new List<BusinessSummaryView>(rows.Count);
        foreach (var b in rows)
        {
            items.Add(new BusinessSummaryView(
                b.Id, b.DisplayName, b.LegalName, CatalogCulture.Pick(b.Texts, culture).Text?.Tagline, b.CountryCode,
                await SiteAsync(b.SiteId, culture, cancellationToken), b.ForeignCity, CatalogQueryParser.Name(b.SizeBand),
                Kved(b.Activities, culture), b.ExportMarkets, b.LogoMediaKey));
        }

        return new CatalogPage<BusinessSummaryView>(total, items);
    }

    public async Task<BusinessView?> BusinessAsync(Guid id, string culture, CancellationToken cancellationToken)
    {
        var b = await VisibleBusinesses().Include(x => x.Activities).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (b is null)
        {
            return null;
        }

        var (used, text) = CatalogCulture.Pick(b.Texts, culture);
        var itemCount = await db.Set<ShowroomItem>().CountAsync(i => i.BusinessId == id, cancellationToken);
        var projects = await ProjectSummariesAsync(VisibleProjects().Where(p => p.BusinessId == id).OrderBy(p => p.CreatedAt), culture, cancellationToken);
        return new BusinessView(
            b.Id, used, b.DisplayName, b.LegalName, text?.Tagline, text?.Description, b.Texts.Keys.Order(StringComparer.Ordinal).ToList(),
            b.CountryCode, b.Edrpou, b.ForeignRegistrationNumber, await SiteAsync(b.SiteId, culture, cancellationToken), b.ForeignCity,
            b.Address, b.Website, CatalogQueryParser.Name(b.SizeBand), b.FoundedYear,
            Kved(b.Activities.OrderByDescending(a => a.IsPrimary).ThenBy(a => a.Division).Select(a => a.Division), culture),
            b.ExportMarkets, b.Certifications, b.LogoMediaKey, itemCount, projects);
    }

    public async Task<ShowroomView?> ShowroomAsync(Guid businessId, string culture, CancellationToken cancellationToken)
    {
        var business = await VisibleBusinesses().Where(b => b.Id == businessId).Select(b => new { b.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (business is null)
        {
            return null;
        }

        var items = await db.Set<ShowroomItem>().AsNoTracking().Where(i => i.BusinessId == businessId)
            .InDisplayOrder().ToListAsync(cancellationToken);
        var gallery = await db.Set<ShowroomGallery>().AsNoTracking().SingleOrDefaultAsync(g => g.BusinessId == businessId, cancellationToken);
        var images = await ShowroomImagesAsync(gallery, culture, cancellationToken);
        return new ShowroomView(businessId, business.DisplayName, culture, items.Select(i =>
        {
            var text = CatalogCulture.Pick(i.Texts, culture).Text;
            return new ShowroomItemView(
                i.Id, CatalogQueryParser.Name(i.Kind), text?.Name ?? "", text?.Description, i.Images, Kved([i.KvedCode], culture).FirstOrDefault(),
                i.PriceMin, i.PriceMax, i.PriceCurrency, i.MinimumOrder, i.AvailableForExport);
        }).ToList(),
            gallery?.CoverMediaKey is { } cover ? images.GetValueOrDefault(cover) : null,
            [.. (gallery?.Images ?? []).Where(images.ContainsKey).Select(k => images[k])]);
    }

    /// <summary>
    /// The cover and gallery images a public page may show (images with alt texts in every required culture), by key;
    /// a deleted or unfit image is simply absent, the same rule the showroom page applies.
    /// </summary>
    private async Task<Dictionary<Guid, ShowroomImageView>> ShowroomImagesAsync(ShowroomGallery? gallery, string culture, CancellationToken cancellationToken)
    {
        if (gallery is null)
        {
            return [];
        }

        var keys = gallery.Images.Concat(gallery.CoverMediaKey is { } cover ? [cover] : Array.Empty<Guid>()).Distinct().ToList();
        var media = await db.Set<MediaItem>().AsNoTracking().Where(m => keys.Contains(m.Key)).ToListAsync(cancellationToken);
        return media.Where(m => m.IsImage && m.IsUsableOnPublicPage)
            .ToDictionary(m => m.Key, m => new ShowroomImageView(m.Key, MediaUrls.OriginalPath(m), m.AltText(culture) ?? m.AltUk ?? ""));
    }

    public async Task<CatalogPage<ProjectSummaryView>> ProjectsAsync(ProjectFilter filter, string culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = VisibleProjects();
        if (filter.Sector is not null)
        {
            query = query.Where(p => p.Sector == filter.Sector);
        }

        if (filter.SiteId is int siteId)
        {
            query = ProjectsOfSite(query, siteId);
        }

        if (filter.Stage is not null)
        {
            query = query.Where(p => p.Stage == filter.Stage);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await ProjectSummariesAsync(query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Skip(filter.Skip).Take(filter.Take), culture, cancellationToken);
        return new CatalogPage<ProjectSummaryView>(total, items);
    }

    public async Task<ProjectView?> ProjectAsync(Guid id, string culture, CancellationToken cancellationToken)
    {
        var p = await VisibleProjects().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var businessName = p.BusinessId is null
            ? null
            : await db.Set<Business>().Where(b => b.Id == p.BusinessId).Select(b => b.DisplayName).SingleAsync(cancellationToken);
        var (used, text) = CatalogCulture.Pick(p.Texts, culture);
        var sector = kved.Find(p.Sector)!;
        return new ProjectView(
            p.Id, used, text?.Title ?? "", text?.Description, new KvedRef(sector.Code, sector.SectionCode, sector.NameIn(culture)),
            CatalogQueryParser.Name(p.Stage), CatalogQueryParser.Name(p.Status), p.AmountSought, p.Currency,
            await SiteAsync(p.LocationSiteId, culture, cancellationToken), p.BusinessId, businessName,
            await SiteAsync(p.OwnerSiteId, culture, cancellationToken), p.Documents);
    }

    public IReadOnlyList<KvedSectionView> Classification(string culture) =>
        kved.Sections.Select(s => new KvedSectionView(
            s.Code, s.NameIn(culture), kved.DivisionsOf(s.Code).Select(d => new KvedRef(d.Code, d.SectionCode, d.NameIn(culture))).ToList())).ToList();

    private async Task<IReadOnlyList<ProjectSummaryView>> ProjectSummariesAsync(IQueryable<InvestmentProject> query, string culture, CancellationToken cancellationToken)
    {
        var rows = await query.ToListAsync(cancellationToken);
        var result = new List<ProjectSummaryView>(rows.Count);
        foreach (var p in rows)
        {
            result.Add(new ProjectSummaryView(
                p.Id, CatalogCulture.Pick(p.Texts, culture).Text?.Title ?? "", p.Sector, CatalogQueryParser.Name(p.Stage), CatalogQueryParser.Name(p.Status),
                p.AmountSought, p.Currency, await SiteAsync(p.LocationSiteId, culture, cancellationToken), p.BusinessId,
                await SiteAsync(p.OwnerSiteId, culture, cancellationToken)));
        }

        return result;
    }

    private List<KvedRef> Kved(IEnumerable<string> codes, string culture) =>
        codes.Select(kved.Find).OfType<KvedEntry>().Select(e => new KvedRef(e.Code, e.SectionCode, e.NameIn(culture))).ToList();

    private async Task<SiteRef?> SiteAsync(int? siteId, string culture, CancellationToken cancellationToken) =>
        siteId is int id && await sites.FindByIdAsync(id, cancellationToken) is { } site ? new SiteRef(site.Key, site.NameIn(culture)) : null;
}
