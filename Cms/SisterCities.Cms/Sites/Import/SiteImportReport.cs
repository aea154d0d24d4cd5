namespace SisterCities.Cms.Sites.Import;

/// <summary>What an import did: counts, the lines it could not use, and keys it had to change.</summary>
public sealed class SiteImportReport
{
    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Hromadas of occupied Crimea and Sevastopol, left out by rule (see <see cref="KatottgCodifierReader"/>).</summary>
    public int SkippedOccupied { get; set; }

    public List<CodifierProblem> Problems { get; } = [];

    /// <summary>Notes on sites whose planned key or hostname was already taken by another site.</summary>
    public List<string> Notes { get; } = [];

    public string Summary =>
        $"{Added} added, {Updated} updated, {Unchanged} unchanged; {SkippedOccupied} hromadas of temporarily occupied Crimea and Sevastopol skipped; {Problems.Count} bad line(s)";
}
