using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.EventPages;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search.Sources;

/// <summary>
/// Published network events (trade missions, forums, visits) in Ukrainian and English. Type <c>networkEvent</c>,
/// distinct from the <c>event</c> content type of a city's own pages. The document's site is the host (none for
/// a hub event); its country is where the event takes place. The host's and the place's names are copied, so a
/// change of that site or partner city re-indexes the event (<see cref="ISearchDependentSource"/>). A cancelled event
/// stays findable, as its page stays public, with "Скасовано:" / "Cancelled:" before its title.
/// </summary>
public sealed class NetworkEventSearchSource(CmsDbContext db, SiteDirectory sites) : ISearchDocumentSource, ISearchDependentSource
{
    public const string DocumentType = "networkEvent";
    private const int PageSize = 500;
    private static readonly string[] Cultures = ["uk", "en"];

    public string Entity => NetworkEvent.FeedEntityName;

    public IReadOnlyCollection<string> DependsOn { get; } = [Site.FeedEntityName, PartnerCity.FeedEntityName];

    public async Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(entityId, out var key))
        {
            return [];
        }

        var found = await db.Set<NetworkEvent>().AsNoTracking().SingleOrDefaultAsync(e => e.Key == key && e.Published, cancellationToken);
        return found is null ? [] : await ToDocumentsAsync(found, cancellationToken);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0;
        while (true)
        {
            var page = await db.Set<NetworkEvent>().AsNoTracking().Where(e => e.Published && e.Id > after).OrderBy(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var found in page)
            {
                foreach (var document in await ToDocumentsAsync(found, cancellationToken))
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

    /// <summary>Published events hosted in or taking place in a site, or taking place in a partner city.</summary>
    public async Task<SearchDependents> LoadDependentsAsync(string entity, string entityId, string? after, CancellationToken cancellationToken)
    {
        var published = db.Set<NetworkEvent>().AsNoTracking().Where(e => e.Published);
        IQueryable<NetworkEvent> query;
        if (entity == Site.FeedEntityName && await sites.FindByKeyAsync(entityId, cancellationToken) is { } site)
        {
            query = published.Where(e => e.HostSiteId == site.Id || e.PlaceSiteId == site.Id);
        }
        else if (entity == PartnerCity.FeedEntityName && Guid.TryParse(entityId, out var cityKey))
        {
            query = published.Where(e => db.Set<PartnerCity>().Any(c => c.Key == cityKey && c.Id == e.PlacePartnerCityId));
        }
        else
        {
            return SearchDependents.None;
        }

        var afterId = after is null ? 0 : int.Parse(after, CultureInfo.InvariantCulture);
        var page = await query.Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
        var documents = new List<SearchDocument>();
        foreach (var found in page)
        {
            documents.AddRange(await ToDocumentsAsync(found, cancellationToken));
        }

        var next = page.Count < PageSize ? null : page[^1].Id.ToString(CultureInfo.InvariantCulture);
        return SearchDependents.Of(page.Select(e => $"{Entity}:{e.Key}"), documents, next);
    }

    private async Task<IReadOnlyList<SearchDocument>> ToDocumentsAsync(NetworkEvent found, CancellationToken cancellationToken)
    {
        var host = found.HostSiteId is { } hostId ? await sites.FindByIdAsync(hostId, cancellationToken) : null;
        var placeSite = found.PlaceSiteId is { } placeId ? await sites.FindByIdAsync(placeId, cancellationToken) : null;
        var city = found.PlacePartnerCityId is { } cityId
            ? await db.Set<PartnerCity>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == cityId, cancellationToken)
            : null;
        var documents = new List<SearchDocument>(Cultures.Length);
        foreach (var culture in Cultures)
        {
            var uk = culture == "uk";
            var kind = EventKinds.All.TryGetValue(found.Kind, out var names) ? (uk ? names.Uk : names.En) : null;
            var place = placeSite?.NameIn(culture) ?? (city is null ? null : uk ? city.NameUk ?? city.NameNative : city.NameEn);
            documents.Add(new SearchDocument
            {
                Id = $"{Entity}:{found.Key}:{culture}",
                Owner = $"{Entity}:{found.Key}",
                Type = DocumentType,
                Title = (found.CancelledAt is null ? "" : new EventWords(culture).Cancelled + ": ") + (uk ? found.TitleUk : found.TitleEn),
                Text = string.Join(". ", new[] { uk ? found.DescriptionUk : found.DescriptionEn, kind, place, found.Venue }.Where(s => !string.IsNullOrWhiteSpace(s))),
                Url = (uk ? "" : "/" + culture) + EventPagesBuilder.EventPath(found.Key),
                SiteKey = host?.Key ?? "",
                SiteName = host?.NameIn(culture) ?? "",
                Culture = culture,
                Date = found.StartsAt,
                Country = city?.CountryCode ?? "UA",
            });
        }

        return documents;
    }
}
