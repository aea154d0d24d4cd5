using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Matchmaking;

/// <summary>
/// "Businesses in your sister cities": verified businesses of the municipalities twinned with a business's own
/// (network sites, and foreign catalog businesses located in its partner cities abroad) whose KVED/NACE divisions
/// fit: the same division (+3), a supplier–buyer pair from <see cref="SupplyChains"/> (+2), the same section (+1).
/// Each match says why in English and Ukrainian; ties are broken by name and id, so the same data gives the same list.
/// </summary>
public sealed class BusinessMatchmaker(CmsDbContext db, KvedClassification kved)
{
    private const int SameDivision = 3;
    private const int SupplyChain = 2;
    private const int SameSection = 1;

    /// <summary>Null when the business is not a verified business of the catalog.</summary>
    public async Task<IReadOnlyList<BusinessMatch>?> MatchAsync(Guid businessId, int max, CancellationToken cancellationToken) =>
        (await MatchWithTiesAsync(businessId, max, cancellationToken))?.Matches;

    /// <summary>
    /// The matches with the ties that would explain them, both from one look at the partnerships, so a page that
    /// explains an empty list does not work the twins out twice. Null when the business is not a verified business of
    /// the catalog; no ties when it has none (a municipality without active partnerships, a foreign business whose
    /// city no network municipality is partnered with).
    /// </summary>
    public async Task<BusinessMatches?> MatchWithTiesAsync(Guid businessId, int max, CancellationToken cancellationToken)
    {
        var me = await db.Set<Business>().AsNoTracking().Include(b => b.Activities)
            .SingleOrDefaultAsync(b => b.Id == businessId && b.State == VerificationState.Verified, cancellationToken);
        if (me is null)
        {
            return null;
        }

        var (sites, twinSites, twinCities) = await TwinsAsync(me, cancellationToken);
        var ties = twinSites.Values.Concat(twinCities.Values).Distinct().OrderBy(r => r.En, StringComparer.Ordinal).ToList();
        if (twinSites.Count == 0 && twinCities.Count == 0)
        {
            return new BusinessMatches([], ties);
        }

        var siteIds = twinSites.Keys.ToList();
        var countries = twinCities.Keys.Select(k => k.Country).Distinct().ToList();
        var candidates = await db.Set<Business>().AsNoTracking().Include(b => b.Activities)
            .Where(b => b.Id != me.Id && b.State == VerificationState.Verified
                        && ((b.SiteId != null && siteIds.Contains(b.SiteId.Value)) || (b.SiteId == null && countries.Contains(b.CountryCode))))
            .ToListAsync(cancellationToken);

        var mine = me.Activities.Select(a => a.Division).ToHashSet(StringComparer.Ordinal);
        var matches = new List<BusinessMatch>();
        foreach (var other in candidates)
        {
            var tieReason = other.SiteId is { } s ? twinSites.GetValueOrDefault(s)
                : other.ForeignCity is { } c ? twinCities.GetValueOrDefault((other.CountryCode, Fold(c))) : null;
            if (tieReason is null)
            {
                continue;
            }

            var (score, shared, reasons) = Compare(mine, other.Activities.Select(a => a.Division).ToHashSet(StringComparer.Ordinal));
            if (score == 0)
            {
                continue;
            }

            reasons.Add(tieReason);
            matches.Add(new BusinessMatch(
                other.Id, other.DisplayName, other.CountryCode, other.SiteId is { } id ? sites[id].Key : null, other.ForeignCity, score, shared, reasons));
        }

        return new BusinessMatches(
            [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.DisplayName, StringComparer.Ordinal).ThenBy(m => m.BusinessId).Take(max)], ties);
    }

    private async Task<(Dictionary<int, SiteName> Sites, Dictionary<int, Reason> TwinSites, Dictionary<(string Country, string Name), Reason> TwinCities)> TwinsAsync(
        Business me, CancellationToken cancellationToken)
    {
        var sites = await db.Set<Site>().AsNoTracking().Select(s => new SiteName(s.Id, s.Key, s.NameEn, s.NameUk)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var ties = await db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity)
            .Where(p => p.Status == PartnershipStatus.Active).ToListAsync(cancellationToken);

        // The places twinned with the business's own, each with the sentence that explains the tie.
        var twinSites = new Dictionary<int, Reason>();
        var twinCities = new Dictionary<(string Country, string Name), Reason>();
        if (me.SiteId is { } home && sites.TryGetValue(home, out var homeSite))
        {
            foreach (var tie in ties.Where(t => t.SiteId == home || t.PartnerSiteId == home))
            {
                var since = Since(tie);
                if (tie.PartnerCity is { } city)
                {
                    var reason = new Reason($"{city.NameEn} is {homeSite.NameEn}'s partner{since.En}", $"{city.NameUk ?? city.NameNative} і {homeSite.NameUk} — партнери{since.Uk}");
                    foreach (var name in new[] { city.NameNative, city.NameEn, city.NameUk }.OfType<string>())
                    {
                        twinCities.TryAdd((city.CountryCode, Fold(name)), reason);
                    }
                }
                else if ((tie.SiteId == home ? tie.PartnerSiteId : tie.SiteId) is { } peer && sites.TryGetValue(peer, out var peerSite))
                {
                    twinSites.TryAdd(peer, new Reason($"{peerSite.NameEn} is {homeSite.NameEn}'s partner{since.En}", $"{peerSite.NameUk} і {homeSite.NameUk} — партнери{since.Uk}"));
                }
            }
        }
        else if (me.ForeignCity is { } foreignCity)
        {
            foreach (var tie in ties.Where(t => t.PartnerCity is { } c && c.CountryCode == me.CountryCode && Names(c).Contains(Fold(foreignCity))))
            {
                if (sites.TryGetValue(tie.SiteId, out var site))
                {
                    var since = Since(tie);
                    twinSites.TryAdd(site.Id, new Reason($"{site.NameEn} is {tie.PartnerCity!.NameEn}'s partner{since.En}", $"{site.NameUk} і {tie.PartnerCity.NameUk ?? tie.PartnerCity.NameNative} — партнери{since.Uk}"));
                }
            }
        }

        return (sites, twinSites, twinCities);
    }

    private (int Score, List<string> Shared, List<Reason> Reasons) Compare(HashSet<string> mine, HashSet<string> theirs)
    {
        var reasons = new List<Reason>();
        var score = 0;
        var shared = mine.Intersect(theirs).Order(StringComparer.Ordinal).ToList();
        foreach (var division in shared)
        {
            score += SameDivision;
            reasons.Add(new Reason($"both list {Name(division, "en")}", $"обидва зазначають «{Name(division, "uk")}»"));
        }

        foreach (var (supplier, buyer) in SupplyChains.Between(mine, theirs))
        {
            score += SupplyChain;
            reasons.Add(new Reason($"{Name(supplier, "en")} supplies {Name(buyer, "en")}", $"«{Name(supplier, "uk")}» постачає для «{Name(buyer, "uk")}»"));
        }

        var mySections = mine.Except(shared).Select(kved.SectionOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var section in theirs.Except(shared).Select(kved.SectionOf).OfType<string>().Distinct().Where(mySections.Contains).Order(StringComparer.Ordinal))
        {
            score += SameSection;
            reasons.Add(new Reason($"both work in {Name(section, "en")}", $"обидва працюють у секції «{Name(section, "uk")}»"));
        }

        return (score, shared, reasons);
    }

    private string Name(string code, string culture) =>
        kved.Find(code) is { } entry ? $"{entry.NameIn(culture)} ({code})" : code;

    private static (string En, string Uk) Since(Partnership tie) =>
        (tie.SinceYear ?? tie.StartedOn?.Year) is { } year
            ? (string.Create(CultureInfo.InvariantCulture, $" since {year}"), string.Create(CultureInfo.InvariantCulture, $" з {year} року"))
            : ("", "");

    private static HashSet<string> Names(PartnerCity city) =>
        new[] { city.NameNative, city.NameEn, city.NameUk }.OfType<string>().Select(Fold).ToHashSet(StringComparer.Ordinal);

    private static string Fold(string name) => name.Trim().Normalize().ToLowerInvariant();

    private sealed record SiteName(int Id, string Key, string NameEn, string NameUk);
}
