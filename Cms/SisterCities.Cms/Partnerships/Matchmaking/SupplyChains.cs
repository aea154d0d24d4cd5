namespace SisterCities.Cms.Partnerships.Matchmaking;

/// <summary>
/// KVED-2010 / NACE Rev. 2 divisions where one typically supplies the other (farm → food plant, sawmill → furniture
/// maker). A short, reviewed list rather than an input–output table: each pair must read as obvious to a person.
/// </summary>
public static class SupplyChains
{
    public static readonly IReadOnlyList<(string Supplier, string Buyer)> Pairs =
    [
        ("01", "10"), ("01", "11"), ("03", "10"), ("02", "16"), ("16", "31"), ("17", "18"), ("13", "14"), ("13", "15"),
        ("20", "21"), ("20", "22"), ("23", "41"), ("24", "25"), ("25", "28"), ("25", "29"), ("26", "27"), ("27", "28"),
        ("10", "46"), ("10", "47"), ("10", "56"), ("11", "56"), ("55", "79"), ("62", "63"), ("71", "41"), ("49", "52"),
    ];

    /// <summary>The pairs linking the two sets of divisions in either direction, in the order of <see cref="Pairs"/>.</summary>
    public static IEnumerable<(string Supplier, string Buyer)> Between(IReadOnlySet<string> mine, IReadOnlySet<string> theirs) =>
        Pairs.Where(p => (mine.Contains(p.Supplier) && theirs.Contains(p.Buyer)) || (theirs.Contains(p.Supplier) && mine.Contains(p.Buyer)));
}
