using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Portal;
using SisterCities.Cms.Partnerships.Matchmaking;
using SisterCities.Cms.Partnerships.PublicPages;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>
/// <c>/business/{id}/matches</c>: "businesses in your sister cities" from <see cref="BusinessMatchmaker"/>, with the
/// reasons in the user's language and a link to each match's public showroom, where an inquiry can be sent. When
/// there is nothing to show, the page says why: not verified yet, no partnerships, a foreign city without a tie, or no
/// fitting activities.
/// </summary>
[Route("business/{businessId:guid}/matches")]
public sealed class SisterCityMatchesController(BusinessMatchmaker matchmaker, ShowroomLinks showrooms, SiteDirectory sites, KvedClassification kved) : PortalController
{
    public const int MaxMatches = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var culture = PortalCulture.Of(Request);
        var found = await matchmaker.MatchWithTiesAsync(businessId, MaxMatches, cancellationToken);
        var matches = found?.Matches;
        var ties = found?.Ties ?? [];
        var rows = new List<SisterCityMatchRow>();
        foreach (var match in matches ?? [])
        {
            var site = match.Municipality is { } key ? await sites.FindByKeyAsync(key, cancellationToken) : null;
            var place = site is not null ? site.NameIn(culture) : $"{match.City}, {match.CountryCode}";
            rows.Add(new SisterCityMatchRow(
                match, place, match.Reasons.Select(r => culture == "uk" ? r.Uk : r.En).ToList(),
                showrooms.Url(Request, site, match.BusinessId, match.DisplayName, culture)));
        }

        var empty = matches is null ? MatchesEmptyReason.NotVerified
            : rows.Count > 0 ? MatchesEmptyReason.None
            : ties.Count > 0 ? MatchesEmptyReason.NoComplementaryActivities
            : business.SiteId is null ? MatchesEmptyReason.ForeignCityNotTwinned
            : MatchesEmptyReason.NoPartnerships;
        var activities = business.Activities.OrderByDescending(a => a.IsPrimary).ThenBy(a => a.Division, StringComparer.Ordinal)
            .Select(a => kved.Find(a.Division) is { } entry ? $"{entry.NameIn(culture)} ({a.Division})" : a.Division).ToList();
        return View(BusinessOffersController.ViewFolder + "Matches.cshtml", new SisterCityMatchesModel(business, culture, rows, ties, activities, empty));
    }
}
