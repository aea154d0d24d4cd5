namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>Why a business sees no sister-city matches; <see cref="None"/> when it has some.</summary>
public enum MatchesEmptyReason
{
    None = 0,

    /// <summary>Matches are computed for verified businesses only (the public API answers 404 for the others).</summary>
    NotVerified = 1,

    /// <summary>The business's municipality has no active partnership recorded in the network.</summary>
    NoPartnerships = 2,

    /// <summary>A foreign business whose city is not partnered with any municipality of the network.</summary>
    ForeignCityNotTwinned = 3,

    /// <summary>There are ties, but no verified business there lists a fitting activity.</summary>
    NoComplementaryActivities = 4,
}
