using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search.Sources;

/// <summary>
/// Public partnerships (every status but <c>Proposed</c>, the rule of the partnerships API), in Ukrainian and
/// English: "Львівська міська громада — Wrocław" with the areas and description. The page is the site's
/// <c>/sister-cities</c>. The title and text copy the names of both sites and of the partner city, so a change of
/// either re-indexes the partnership (<see cref="ISearchDependentSource"/>).
/// </summary>
public sealed class PartnershipSearchSource(CmsDbContext db, SiteDirectory sites) : ISearchDocumentSource, ISearchDependentSource
{
    public const string DocumentType = "partnership";
    private const int PageSize = 500;
    private static readonly string[] Cultures = ["uk", "en"];

    public string Entity => Partnership.FeedEntityName;

    public IReadOnlyCollection<string> DependsOn { get; } = [Site.FeedEntityName, PartnerCity.FeedEntityName];

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(entityId, out var key))
        {
            return [];
        }

        var partnership = await Public().SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        return partnership is null ? [] : await ToDocumentsAsync(partnership, cancellationToken);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0;
        while (true)
        {
            var page = await Public().Where(p => p.Id > after).OrderBy(p => p.Id).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var partnership in page)
            {
                foreach (var document in await ToDocumentsAsync(partnership, cancellationToken))
                {
                    yield return document;
                }
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>Public partnerships of a site (on either side) or with a partner city, <see cref="PageSize"/> a page.</summary>
    public async Task<SearchDependents> LoadDependentsAsync(string entity, string entityId, string? after, CancellationToken cancellationToken)
    {
        IQueryable<Partnership> query;
        if (entity == Site.FeedEntityName && await sites.FindByKeyAsync(entityId, cancellationToken) is { } site)
        {
            query = Public().Where(p => p.SiteId == site.Id || p.PartnerSiteId == site.Id);
        }
        else if (entity == PartnerCity.FeedEntityName && Guid.TryParse(entityId, out var cityKey))
        {
            query = Public().Where(p => p.PartnerCity != null && p.PartnerCity.Key == cityKey);
        }
        else
        {
            return SearchDependents.None;
        }

        var afterId = after is null ? 0 : int.Parse(after, CultureInfo.InvariantCulture);
        var page = await query.Where(p => p.Id > afterId).OrderBy(p => p.Id).Take(PageSize).ToListAsync(cancellationToken);
        var documents = new List<SearchDocument>();
        foreach (var partnership in page)
        {
            documents.AddRange(await ToDocumentsAsync(partnership, cancellationToken));
        }

        var next = page.Count < PageSize ? null : page[^1].Id.ToString(CultureInfo.InvariantCulture);
        return SearchDependents.Of(page.Select(p => $"{Entity}:{p.Key}"), documents, next);
    }

    private IQueryable<Partnership> Public() =>
        db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity).Where(p => p.Status != PartnershipStatus.Proposed);

    private async Task<IReadOnlyList<SearchDocument>> ToDocumentsAsync(Partnership partnership, CancellationToken cancellationToken)
    {
        var site = await sites.FindByIdAsync(partnership.SiteId, cancellationToken);
        if (site is null)
        {
            return [];
        }

        var partnerSite = partnership.PartnerSiteId is { } id ? await sites.FindByIdAsync(id, cancellationToken) : null;
        var city = partnership.PartnerCity;
        var documents = new List<SearchDocument>(Cultures.Length);
        foreach (var culture in Cultures)
        {
            var partnerName = partnerSite?.NameIn(culture)
                ?? (culture == "uk" ? city?.NameUk ?? city?.NameNative : city?.NameEn) ?? "";
            var country = city is null ? "UA" : city.CountryCode;
            var text = string.Join(". ", new[]
            {
                culture == "uk" ? partnership.DescriptionUk : partnership.DescriptionEn,
                city is null ? null : $"{city.NameNative}, {city.NameEn}, {city.Region}, {CountryNamesUk.NameIn(country, culture)}",
                string.Join(", ", partnership.Areas.Select(a => CooperationAreas.Label(a, culture))),
                partnership.SinceYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }.Where(s => !string.IsNullOrWhiteSpace(s)));
            documents.Add(new SearchDocument
            {
                Id = $"{Entity}:{partnership.Key}:{culture}",
                Owner = $"{Entity}:{partnership.Key}",
                Type = DocumentType,
                Title = $"{site.NameIn(culture)} — {partnerName}",
                Text = text,
                Url = (culture == site.DefaultCulture ? "" : "/" + culture) + "/sister-cities",
                SiteKey = site.Key,
                SiteName = site.NameIn(culture),
                Culture = culture,
                Date = partnership.UpdatedAt,
                Country = country,
            });
        }

        return documents;
    }
}
