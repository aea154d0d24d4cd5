using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Matchmaking;

/// <summary>
/// Suggests partners for a municipality from the registry itself, deterministically:
/// Ukrainian peers that already share a partner city abroad (a ready-made triangle), peers with the same
/// areas of cooperation or the same business sectors, and cities abroad that partner with such peers.
/// Each suggestion carries its reasons; ties are broken by name so the list never shuffles.
/// </summary>
public sealed class MunicipalityMatchmaker(CmsDbContext db, IEnumerable<ISiteActivityProfile> activityProfiles)
{
    private const int SharedPartnerWeight = 3;
    private const int SharedAreaWeight = 2;
    private const int SharedSectorWeight = 1;

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(int siteId, int max, CancellationToken cancellationToken)
    {
        var sites = await db.Set<Site>().AsNoTracking().Select(s => new { s.Id, s.Key, s.NameEn, s.NameUk }).ToDictionaryAsync(s => s.Id, cancellationToken);
        if (!sites.TryGetValue(siteId, out var self))
        {
            return [];
        }

        var ties = await db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity)
            .Where(p => p.Status == PartnershipStatus.Active).ToListAsync(cancellationToken);
        var sectors = new Dictionary<int, IReadOnlyDictionary<string, Sector>>();
        foreach (var profile in activityProfiles)
        {
            foreach (var (site, codes) in await profile.SectorsBySiteAsync(cancellationToken))
            {
                sectors[site] = codes;
            }
        }

        var myCities = ties.Where(t => t.SiteId == siteId && t.PartnerCity is not null).Select(t => t.PartnerCity!).ToList();
        var myCityIds = myCities.Select(c => c.Id).ToHashSet();
        var myPeers = ties.Where(t => t.PartnerSiteId is not null && (t.SiteId == siteId || t.PartnerSiteId == siteId))
            .Select(t => t.SiteId == siteId ? t.PartnerSiteId!.Value : t.SiteId).ToHashSet();
        var myAreas = AreasOf(ties, siteId);
        var mySectors = sectors.GetValueOrDefault(siteId) ?? new Dictionary<string, Sector>();

        var suggestions = new List<Suggestion>();
        foreach (var other in sites.Values.Where(s => s.Id != siteId && !myPeers.Contains(s.Id)))
        {
            var reasons = new List<Reason>();
            var score = 0;
            foreach (var city in ties.Where(t => t.SiteId == other.Id && t.PartnerCityId is { } c && myCityIds.Contains(c)).Select(t => t.PartnerCity!).OrderBy(c => c.NameEn))
            {
                score += SharedPartnerWeight;
                reasons.Add(new Reason($"{city.NameEn} is a partner of both {self.NameEn} and {other.NameEn}", $"{city.NameEn} — партнер і {self.NameUk}, і {other.NameUk}"));
            }

            foreach (var area in AreasOf(ties, other.Id).Intersect(myAreas).Order(StringComparer.Ordinal))
            {
                score += SharedAreaWeight;
                reasons.Add(new Reason(
                    $"both cooperate in {CooperationAreas.Label(area, "en").ToLowerInvariant()}",
                    $"обидва співпрацюють у сфері «{CooperationAreas.Label(area, "uk")}»"));
            }

            foreach (var (code, sector) in (sectors.GetValueOrDefault(other.Id) ?? new Dictionary<string, Sector>()).Where(s => mySectors.ContainsKey(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                score += SharedSectorWeight;
                reasons.Add(new Reason($"both list {sector.NameEn.ToLowerInvariant()} ({code})", $"в обох є «{sector.NameUk}» ({code})"));
            }

            if (score > 0)
            {
                suggestions.Add(new Suggestion("site", other.Key, other.NameEn, other.NameUk, "UA", score, reasons));
            }
        }

        // Cities abroad that partner with a peer of ours: a partner's partner.
        var peerIds = suggestions.Where(s => s.Reasons.Count > 0).Select(s => sites.Values.First(v => v.Key == s.Key).Id).ToHashSet();
        foreach (var group in ties.Where(t => t.PartnerCity is not null && peerIds.Contains(t.SiteId) && !myCityIds.Contains(t.PartnerCity.Id))
                     .GroupBy(t => t.PartnerCity!.Id))
        {
            var city = group.First().PartnerCity!;
            var via = group.Select(t => sites[t.SiteId]).OrderBy(s => s.NameEn, StringComparer.Ordinal).ToList();
            var reasons = via.Select(s => new Reason(
                $"{city.NameEn} partners with {s.NameEn}, which shares ties with {self.NameEn}",
                $"{city.NameEn} — партнер міста {s.NameUk}, що має спільні зв’язки з {self.NameUk}")).ToList();
            suggestions.Add(new Suggestion("partnerCity", city.Key.ToString(), city.NameEn, city.NameUk ?? city.NameNative, city.CountryCode, via.Count, reasons));
        }

        return suggestions
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Kind, StringComparer.Ordinal)
            .ThenBy(s => s.NameEn, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    private static HashSet<string> AreasOf(List<Partnership> ties, int siteId) =>
        ties.Where(t => t.SiteId == siteId || t.PartnerSiteId == siteId).SelectMany(t => t.Areas).ToHashSet(StringComparer.Ordinal);
}
