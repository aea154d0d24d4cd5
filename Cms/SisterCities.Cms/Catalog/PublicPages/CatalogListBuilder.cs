using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// The business and project lists: query-string filters (a GET form, no JavaScript) and paging links. A filter value
/// that names nothing (an unknown section, country or municipality, page 0 or past the end) is a 404, like the news list.
/// </summary>
public sealed class CatalogListBuilder(PublicCatalog catalog, CmsDbContext db, SiteDirectory sites, KvedClassification kved, CatalogImages images)
{
    private static readonly string[] StageValues = ["idea", "feasibility", "readyToBuild", "operating"];

    public async Task<CatalogListModel?> BusinessesAsync(CatalogScope scope, string? networkUrl, CancellationToken cancellationToken)
    {
        var (culture, query) = (scope.Culture, scope.Http.Request.Query);
        var words = new CatalogWords(culture);
        var activity = Value(query, "activity")?.ToUpperInvariant();
        var country = Value(query, "country")?.ToUpperInvariant();
        var municipality = scope.Site is null ? Value(query, "municipality") : null;
        var export = Value(query, "export");
        var page = PageNumber(query);
        SiteSummary? municipalitySite = null;
        if (page is null || (activity is not null && !kved.IsSection(activity)) || (country is not null && !IsoCountries.IsValid(country))
            || (export is not null && export is not ("yes" or "no"))
            || (municipality is not null && (municipalitySite = await sites.FindByKeyAsync(municipality, cancellationToken)) is null))
        {
            return null;
        }

        var siteId = scope.Site?.Id ?? municipalitySite?.Id;
        var filter = new BusinessFilter(activity, null, country, siteId, export is null ? null : export == "yes", null, (page.Value - 1) * CatalogListModel.PageSize, CatalogListModel.PageSize);
        var result = await catalog.BusinessesAsync(filter, culture, cancellationToken);
        var pageCount = Math.Max(1, (result.Total + CatalogListModel.PageSize - 1) / CatalogListModel.PageSize);
        if (page > pageCount)
        {
            return null;
        }

        var cards = new List<BusinessCard>(result.Items.Count);
        foreach (var b in result.Items)
        {
            cards.Add(new BusinessCard(
                b.DisplayName, scope.Href(CatalogPaths.Business(b.Id, b.DisplayName)), b.Tagline, Place(b.Municipality, b.ForeignCity, b.Country, culture),
                string.Join(", ", b.Activities.Take(2).Select(a => a.Name)), b.ExportMarkets.Count > 0,
                b.Logo is { } logo ? await images.LogoAsync(logo, culture, cancellationToken) : null));
        }

        var inScope = catalog.VisibleBusinesses().Where(b => scope.Site == null || b.SiteId == scope.Site.Id);
        var sections = await db.Set<BusinessActivity>().AsNoTracking().Where(a => inScope.Any(b => b.Id == a.BusinessId))
            .Select(a => a.Section).Distinct().ToListAsync(cancellationToken);
        var countries = scope.Site is null ? await inScope.Select(b => b.CountryCode).Distinct().ToListAsync(cancellationToken) : [];
        var siteIds = scope.Site is null ? await inScope.Where(b => b.SiteId != null).Select(b => b.SiteId!.Value).Distinct().ToListAsync(cancellationToken) : [];
        var parameters = new Dictionary<string, string?> { ["activity"] = activity, ["country"] = country, ["municipality"] = municipality, ["export"] = export };
        var listUrl = scope.Href(CatalogPaths.Root);
        return new CatalogListModel
        {
            Theme = scope.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = words.Businesses,
            HomeUrl = scope.HomeUrl,
            Words = words,
            IsProjects = false,
            Intro = scope.Site is null ? words.NetworkIntro : words.CityIntro,
            Businesses = cards,
            Activities = SectionChoices(sections, culture),
            Countries = countries.Select(c => new FilterChoice(c, CountryNamesUk.NameIn(c, culture))).OrderBy(c => c.Label, StringComparer.Create(CultureInfo.GetCultureInfo(culture), true)).ToList(),
            Municipalities = await SiteChoicesAsync(siteIds, culture, cancellationToken),
            Activity = activity,
            Country = country,
            Municipality = municipality,
            Export = export,
            Total = result.Total,
            PageNumber = page.Value,
            PageCount = pageCount,
            PageUrl = n => listUrl + Query(parameters, n),
            ListUrl = listUrl,
            BusinessesUrl = listUrl,
            ProjectsUrl = scope.Href(CatalogPaths.Projects),
            NetworkUrl = networkUrl,
        };
    }

    public async Task<CatalogListModel?> ProjectsAsync(CatalogScope scope, string? networkUrl, CancellationToken cancellationToken)
    {
        var (culture, query) = (scope.Culture, scope.Http.Request.Query);
        var words = new CatalogWords(culture);
        var activity = Value(query, "activity")?.ToUpperInvariant();
        var municipality = scope.Site is null ? Value(query, "municipality") : null;
        var stage = Value(query, "stage");
        var page = PageNumber(query);
        SiteSummary? municipalitySite = null;
        if (page is null || (activity is not null && !kved.IsSection(activity)) || (stage is not null && !StageValues.Contains(stage, StringComparer.Ordinal))
            || (municipality is not null && (municipalitySite = await sites.FindByKeyAsync(municipality, cancellationToken)) is null))
        {
            return null;
        }

        var filter = new ProjectFilter(activity, scope.Site?.Id ?? municipalitySite?.Id,
            stage is null ? null : Enum.Parse<ProjectStage>(stage, ignoreCase: true), (page.Value - 1) * CatalogListModel.PageSize, CatalogListModel.PageSize);
        var result = await catalog.ProjectsAsync(filter, culture, cancellationToken);
        var pageCount = Math.Max(1, (result.Total + CatalogListModel.PageSize - 1) / CatalogListModel.PageSize);
        if (page > pageCount)
        {
            return null;
        }

        var inScope = scope.Site is null ? catalog.VisibleProjects() : catalog.ProjectsOfSite(catalog.VisibleProjects(), scope.Site.Id);
        var sectors = await inScope.Select(p => p.Sector).Distinct().ToListAsync(cancellationToken);
        var siteIds = scope.Site is null
            ? await inScope.Where(p => p.LocationSiteId != null).Select(p => p.LocationSiteId!.Value).Distinct().ToListAsync(cancellationToken)
            : [];
        var parameters = new Dictionary<string, string?> { ["activity"] = activity, ["municipality"] = municipality, ["stage"] = stage };
        var listUrl = scope.Href(CatalogPaths.Projects);
        return new CatalogListModel
        {
            Theme = scope.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = words.Projects,
            HomeUrl = scope.HomeUrl,
            Words = words,
            IsProjects = true,
            Intro = scope.Site is null ? words.NetworkIntro : words.CityIntro,
            Projects = result.Items.Select(p => Card(scope, p)).ToList(),
            Activities = SectionChoices(sectors, culture),
            Municipalities = await SiteChoicesAsync(siteIds, culture, cancellationToken),
            Stages = StageValues.Select(s => new FilterChoice(s, words.StageName(s))).ToList(),
            Activity = activity,
            Municipality = municipality,
            Stage = stage,
            Total = result.Total,
            PageNumber = page.Value,
            PageCount = pageCount,
            PageUrl = n => listUrl + Query(parameters, n),
            ListUrl = listUrl,
            BusinessesUrl = scope.Href(CatalogPaths.Root),
            ProjectsUrl = listUrl,
            NetworkUrl = networkUrl is null ? null : networkUrl + "/projects",
        };
    }

    public ProjectCard Card(CatalogScope scope, ProjectSummaryView p)
    {
        var words = new CatalogWords(scope.Culture);
        return new ProjectCard(
            p.Title, scope.Href(CatalogPaths.Project(p.Id)), kved.Find(p.Sector)?.NameIn(scope.Culture) ?? p.Sector, words.StageName(p.Stage),
            Money(p.AmountSought, p.Currency, scope.Culture), (p.Location ?? p.OwnerMunicipality)?.Name);
    }

    public static string? Money(decimal? amount, string? currency, string culture) =>
        amount is { } a && currency is not null ? a.ToString("#,0.##", CultureInfo.GetCultureInfo(culture == "uk" ? "uk-UA" : "en-GB")) + " " + currency : null;

    public static string Place(SiteRef? municipality, string? foreignCity, string country, string culture) =>
        municipality?.Name ?? string.Join(", ", new[] { foreignCity, CountryNamesUk.NameIn(country, culture) }.Where(s => !string.IsNullOrEmpty(s)));

    private List<FilterChoice> SectionChoices(IEnumerable<string> sections, string culture) =>
        sections.Order(StringComparer.Ordinal).Select(kved.Find).OfType<KvedEntry>()
            .Select(s => new FilterChoice(s.Code, $"{s.Code} — {s.NameIn(culture)}")).ToList();

    private async Task<List<FilterChoice>> SiteChoicesAsync(IEnumerable<int> ids, string culture, CancellationToken cancellationToken)
    {
        var choices = new List<FilterChoice>();
        foreach (var id in ids)
        {
            if (await sites.FindByIdAsync(id, cancellationToken) is { } site)
            {
                choices.Add(new FilterChoice(site.Key, site.NameIn(culture)));
            }
        }

        return choices.OrderBy(c => c.Label, StringComparer.Create(CultureInfo.GetCultureInfo(culture), true)).ToList();
    }

    private static string? Value(Microsoft.AspNetCore.Http.IQueryCollection query, string name) =>
        query[name].ToString().Trim() is { Length: > 0 } value ? value : null;

    private static int? PageNumber(Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        var values = query["page"];
        if (values.Count == 0)
        {
            return 1;
        }

        return values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;
    }

    private static string Query(Dictionary<string, string?> parameters, int page)
    {
        var all = parameters.Where(p => p.Value is not null).ToList();
        if (page > 1)
        {
            all.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return Microsoft.AspNetCore.Http.QueryString.Create(all).ToUriComponent();
    }
}
