using System.Text;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search.Sources;

/// <summary>
/// Turns catalog rows into search documents, one per culture the row has texts in. The activity names (KVED, in
/// the document's culture) and the municipality's name are part of the text, so "Kharkiv machinery" finds a
/// Kharkiv business of division 28 even when its own description never says "machinery".
/// <c>Url</c> is the row's public page (showroom or project) below the culture root of its municipality's site, or of
/// the network hub for a foreign business.
/// </summary>
public sealed class CatalogSearchDocuments(SiteDirectory sites, KvedClassification kved)
{
    public const string BusinessType = "business";
    public const string ShowroomItemType = "showroomItem";
    public const string ProjectType = "project";

    public static string BusinessOwner(Guid id) => Catalog.Businesses.Business.FeedEntityName + ":" + id;

    public async Task<IReadOnlyList<SearchDocument>> BusinessAsync(Business business, CancellationToken cancellationToken) =>
        Business(business, await PlaceAsync(business.SiteId, business.ForeignCity, cancellationToken), kved);

    public async Task<IReadOnlyList<SearchDocument>> ShowroomItemAsync(ShowroomItem item, Business business, CancellationToken cancellationToken) =>
        ShowroomItem(item, business, await PlaceAsync(business.SiteId, business.ForeignCity, cancellationToken), kved);

    /// <param name="business">The owning business, or null for a municipality's project.</param>
    public async Task<IReadOnlyList<SearchDocument>> ProjectAsync(InvestmentProject project, Business? business, CancellationToken cancellationToken) =>
        Project(project, business, await PlaceAsync(project.LocationSiteId ?? project.OwnerSiteId ?? business?.SiteId, business?.ForeignCity, cancellationToken), kved);

    /// <summary>The documents of a verified business in <paramref name="place"/> (pure: the relevance tests use it directly).</summary>
    public static IReadOnlyList<SearchDocument> Business(Business business, CatalogPlace place, KvedClassification kved)
    {
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(kved);
        var primary = business.Activities.OrderByDescending(a => a.IsPrimary).ThenBy(a => a.Division, StringComparer.Ordinal).FirstOrDefault();
        var documents = new List<SearchDocument>();
        foreach (var (culture, text) in Cultures(business.Texts))
        {
            var body = Join(
                business.LegalName == business.DisplayName ? null : business.LegalName,
                text.Tagline,
                text.Description,
                string.Join(". ", business.Activities.Select(a => kved.Find(a.Division)?.NameIn(culture)).Where(n => n is not null)),
                place.Name(culture));
            documents.Add(new SearchDocument
            {
                Id = $"{BusinessOwner(business.Id)}:{culture}",
                Owner = BusinessOwner(business.Id),
                Type = BusinessType,
                Title = business.DisplayName,
                Text = body,
                Url = CulturePrefix(culture) + CatalogPaths.Business(business.Id, business.DisplayName),
                SiteKey = place.SiteKey,
                SiteName = place.Name(culture),
                Culture = culture,
                Date = business.StateChangedAt ?? business.UpdatedAt,
                ActivitySection = primary?.Section,
                Country = business.CountryCode,
            });
        }

        return documents;
    }

    public static IReadOnlyList<SearchDocument> ShowroomItem(ShowroomItem item, Business business, CatalogPlace place, KvedClassification kved)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(kved);
        var documents = new List<SearchDocument>();
        foreach (var (culture, text) in Cultures(item.Texts))
        {
            documents.Add(new SearchDocument
            {
                Id = $"{Catalog.Showrooms.ShowroomItem.FeedEntityName}:{item.Id}:{culture}",
                Owner = $"{Catalog.Showrooms.ShowroomItem.FeedEntityName}:{item.Id}",
                AlsoOwnedBy = [BusinessOwner(business.Id)],
                Type = ShowroomItemType,
                Title = text.Name,
                Text = Join(text.Description, business.DisplayName, kved.Find(item.KvedCode)?.NameIn(culture), place.Name(culture)),
                Url = CulturePrefix(culture) + CatalogPaths.Business(business.Id, business.DisplayName),
                SiteKey = place.SiteKey,
                SiteName = place.Name(culture),
                Culture = culture,
                Date = item.UpdatedAt,
                ActivitySection = kved.SectionOf(item.KvedCode),
                Country = business.CountryCode,
            });
        }

        return documents;
    }

    public static IReadOnlyList<SearchDocument> Project(InvestmentProject project, Business? business, CatalogPlace place, KvedClassification kved)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(kved);
        var documents = new List<SearchDocument>();
        foreach (var (culture, text) in Cultures(project.Texts))
        {
            documents.Add(new SearchDocument
            {
                Id = $"{InvestmentProject.FeedEntityName}:{project.Id}:{culture}",
                Owner = $"{InvestmentProject.FeedEntityName}:{project.Id}",
                AlsoOwnedBy = business is null ? [] : [BusinessOwner(business.Id)],
                Type = ProjectType,
                Title = text.Title,
                Text = Join(text.Description, business?.DisplayName, kved.Find(project.Sector)?.NameIn(culture), place.Name(culture)),
                Url = CulturePrefix(culture) + CatalogPaths.Project(project.Id),
                SiteKey = place.SiteKey,
                SiteName = place.Name(culture),
                Culture = culture,
                Date = project.UpdatedAt,
                ActivitySection = project.Sector,
                Country = place.SiteKey.Length > 0 ? "UA" : business?.CountryCode,
            });
        }

        return documents;
    }

    // Texts keyed by culture, in a stable order; cultures that are not a plain language code are skipped.
    private static IEnumerable<(string Culture, T Text)> Cultures<T>(Dictionary<string, T> texts) =>
        texts.Where(p => Catalog.CatalogText.IsCulture(p.Key) && p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));

    private static string Join(params string?[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                text.Append(part.Trim().TrimEnd('.')).Append(". ");
            }
        }

        return text.ToString().Trim();
    }

    private async Task<CatalogPlace> PlaceAsync(int? siteId, string? foreignCity, CancellationToken cancellationToken)
    {
        if (siteId is { } id && await sites.FindByIdAsync(id, cancellationToken) is { } site)
        {
            return new CatalogPlace(site.Key, site.NameUk, site.NameEn);
        }

        return new CatalogPlace("", foreignCity ?? "", foreignCity ?? "");
    }

    /// <summary>Sites and the hub serve Ukrainian at the root and other cultures below <c>/{culture}</c>.</summary>
    private static string CulturePrefix(string culture) => culture == "uk" ? "" : "/" + culture;
}
