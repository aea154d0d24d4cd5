using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Partnerships.Matchmaking;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>
/// "Businesses in your sister cities" for one business: the matches with their public showroom links, the ties they
/// come from, and, when there is nothing to show, why (<see cref="Empty"/>).
/// </summary>
public sealed record SisterCityMatchesModel(
    Business Business, string Culture, IReadOnlyList<SisterCityMatchRow> Matches, IReadOnlyList<Reason> Ties, IReadOnlyList<string> Activities,
    MatchesEmptyReason Empty)
{
    public bool Uk => Culture == "uk";

    public string T(string uk, string en) => Uk ? uk : en;
}
