namespace SisterCities.Cms.Partnerships.Matchmaking;

/// <summary>
/// What <see cref="BusinessMatchmaker.MatchWithTiesAsync"/> finds for a verified business: the matches, and the ties
/// that would explain one (the municipalities and cities abroad twinned with the business's own place, each as the
/// sentence a match ends with). No matches with ties means no fitting activities; no ties means no partnerships.
/// </summary>
public sealed record BusinessMatches(IReadOnlyList<BusinessMatch> Matches, IReadOnlyList<Reason> Ties);
