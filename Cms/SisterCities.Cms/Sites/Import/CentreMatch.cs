namespace SisterCities.Cms.Sites.Import;

/// <summary>How a hromada's administrative centre was found in the codifier (see docs/sites.md).</summary>
public enum CentreMatch
{
    /// <summary>A city with special status (Kyiv): the row itself is the municipality and its centre.</summary>
    SpecialStatusCity,

    /// <summary>A settlement under the hromada whose name matches the hromada's adjectival stem.</summary>
    NameMatch,

    /// <summary>
    /// No name matched (mostly centres renamed after 2022 while the hromada kept its old name: Новомосковська →
    /// Самар, Червоноградська → Шептицький); the first settlement listed under the hromada is taken, because the
    /// codifier lists the centre first (true for 1,415 of the 1,418 name-matched hromadas).
    /// </summary>
    FirstListedSettlement,

    /// <summary>No settlement at all under the hromada: the site is named after the hromada itself.</summary>
    HromadaName,
}
