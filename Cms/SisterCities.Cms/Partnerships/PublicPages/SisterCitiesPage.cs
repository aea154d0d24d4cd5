using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Map;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.Partnerships.PublicPages;

/// <summary>Every city site's "Our sister cities" page at <c>/sister-cities</c>.</summary>
internal sealed class SisterCitiesPage(CmsDbContext db) : ISitePage
{
    public string UrlPath => "/sister-cities";

    public string ViewName => ThemeViewNames.SisterCities;

    public string Title(string culture) => culture == "uk" ? "Міста-побратими" : "Sister cities";

    public async Task<PublicPageModel?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken)
    {
        var (site, culture) = (request.Site, request.Culture);
        var uk = culture == "uk";
        var ties = await db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity)
            .Where(p => p.SiteId == site.Id && p.PartnerCity != null && p.Status != PartnershipStatus.Proposed)
            .OrderBy(p => p.PartnerCity!.CountryCode).ThenBy(p => p.PartnerCity!.NameEn)
            .ToListAsync(cancellationToken);
        var partners = ties.Select(p => new PartnerEntry(
            uk ? p.PartnerCity!.NameUk ?? p.PartnerCity.NameNative : p.PartnerCity!.NameEn,
            CountryNamesUk.NameIn(p.PartnerCity.CountryCode, culture),
            p.SinceYear,
            p.Areas.Select(a => CooperationAreas.Label(a, culture)).ToList(),
            uk ? p.DescriptionUk : p.DescriptionEn,
            p.SourceUrl,
            StatusLabel(p.Status, uk))).ToList();
        var svg = await PartnershipMapEndpoint.RenderForSiteAsync(db, site, culture, cancellationToken) ?? "";
        return new SisterCitiesModel
        {
            Theme = request.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = Title(culture),
            HomeUrl = request.Links.Home(culture),
            Partners = partners,
            MapSvg = svg,
            Intro = uk
                ? $"{site.NameUk} співпрацює з містами за кордоном: обмін досвідом, відбудова, економіка, культура й освіта."
                : $"{site.NameEn} works with cities abroad: exchange of experience, reconstruction, economy, culture and education.",
            MapCaption = uk
                ? "Карта намальована на цьому сервері. Партнери без записаних координат позначені в центрі своєї країни."
                : "The map is drawn on this server. Partners without recorded coordinates are marked at the centre of their country.",
            SinceLabel = uk ? "з" : "since",
            SourceLabel = uk ? "Джерело" : "Source",
            EmptyText = uk ? "Партнерств поки не внесено." : "No partnerships have been recorded yet.",
        };
    }

    private static string StatusLabel(PartnershipStatus status, bool uk) => status switch
    {
        PartnershipStatus.Active => uk ? "діє" : "active",
        PartnershipStatus.Suspended => uk ? "призупинено" : "suspended",
        PartnershipStatus.Ended => uk ? "завершено" : "ended",
        _ => uk ? "пропозиція" : "proposed",
    };
}
