using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.PublicPages;

/// <summary><c>/partnerships</c> on the network hub: every public partnership, filterable by country and area (a GET form).</summary>
internal sealed class PartnershipDirectoryPage(CmsDbContext db, SiteDirectory directory, Microsoft.Extensions.Options.IOptions<CmsOptions> options, OfferWriter offers, ShowroomLinks showrooms) : INetworkPage
{
    public string UrlPath => "/partnerships";

    public string ViewName => ThemeViewNames.PartnershipDirectory;

    public string Title(string culture) => culture == "uk" ? "Партнерства міст мережі" : "Partnerships of the network";

    public async Task<PublicPageModel?> BuildAsync(NetworkPageRequest request, CancellationToken cancellationToken)
    {
        var culture = request.Culture;
        var country = request.Http.Request.Query["country"].ToString() is { Length: > 0 } c ? c.ToUpperInvariant() : null;
        var area = request.Http.Request.Query["area"].ToString() is { Length: > 0 } a ? a : null;
        if ((country is not null && !CountryCodes.IsValid(country)) || (area is not null && !CooperationAreas.IsKnown(area)))
        {
            return null;
        }

        var ties = await db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity)
            .Where(p => p.Status == PartnershipStatus.Active && p.PartnerCity != null)
            .ToListAsync(cancellationToken);
        var countries = ties.Select(t => t.PartnerCity!.CountryCode).Distinct()
            .Select(code => (code, CountryNamesUk.NameIn(code, culture))).OrderBy(x => x.Item2, StringComparer.CurrentCulture).ToList();
        var shown = ties.Where(t => (country is null || t.PartnerCity!.CountryCode == country) && (area is null || t.Areas.Contains(area))).ToList();

        var rows = new List<DirectoryRow>(shown.Count);
        foreach (var tie in shown)
        {
            var site = await directory.FindByIdAsync(tie.SiteId, cancellationToken);
            if (site is null)
            {
                continue;
            }

            rows.Add(new DirectoryRow(
                site.NameIn(culture), NetworkLanding.SiteUrlFor(request.Http.Request, site, options.Value.AllowSitePathPrefix), culture == "uk" ? tie.PartnerCity!.NameUk ?? tie.PartnerCity.NameNative : tie.PartnerCity!.NameEn,
                CountryNamesUk.NameIn(tie.PartnerCity.CountryCode, culture), tie.SinceYear, tie.Areas.Select(x => CooperationAreas.Label(x, culture)).ToList()));
        }

        // Requests of municipalities and of verified businesses, by the same "open" rule as the answer page and the API.
        var requests = await offers.OpenOffers().Where(o => o.Direction == OfferDirection.Request)
            .OrderBy(o => o.ExpiresOn).ThenBy(o => o.Id).Take(50).ToListAsync(cancellationToken);
        var businesses = await showrooms.FindManyAsync(request.Http, requests.Select(o => o.BusinessKey).OfType<Guid>().Distinct().ToList(), culture, cancellationToken);
        var seeking = new List<SeekingRow>();
        foreach (var offer in requests)
        {
            var title = culture == "uk" ? offer.TitleUk : offer.TitleEn;
            var answerUrl = $"/offers/{offer.Key}?culture={culture}";
            if (offer.SiteId is { } siteId && await directory.FindByIdAsync(siteId, cancellationToken) is { } site)
            {
                seeking.Add(new SeekingRow(site.NameIn(culture), NetworkLanding.SiteUrlFor(request.Http.Request, site, options.Value.AllowSitePathPrefix), title,
                    CooperationAreas.Label(offer.Area, culture), offer.ExpiresOn, answerUrl));
            }
            else if (offer.BusinessKey is { } businessKey && businesses.GetValueOrDefault(businessKey) is { } business)
            {
                seeking.Add(new SeekingRow(business.Name, business.Url, title, CooperationAreas.Label(offer.Area, culture), offer.ExpiresOn, answerUrl));
            }
        }

        return new PartnershipDirectoryModel
        {
            Theme = request.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = Title(culture),
            HomeUrl = request.HomeUrl,
            Rows = rows.OrderBy(r => r.City, StringComparer.CurrentCulture).ThenBy(r => r.Partner, StringComparer.CurrentCulture).ToList(),
            Countries = countries,
            Areas = CooperationAreas.All.Keys.Select(k => (k, CooperationAreas.Label(k, culture))).ToList(),
            Country = country,
            Area = area,
            Seeking = seeking,
            Words = culture == "uk"
                ? new("Міста-побратими та партнерства громад мережі з містами за кордоном.", "Країна", "Сфера співпраці", "Усі", "Показати",
                    "Громада", "Місто-партнер", "З року", "Сфери", "Громади та підприємства шукають партнерів", "до", "Партнерств: {0}", "Нічого не знайдено.")
                : new("Sister cities and partnerships of the network's municipalities with cities abroad.", "Country", "Area of cooperation", "All", "Show",
                    "Municipality", "Partner city", "Since", "Areas", "Municipalities and businesses looking for partners", "until", "Partnerships: {0}", "Nothing found."),
        };
    }
}
