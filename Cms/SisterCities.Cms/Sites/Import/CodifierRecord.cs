namespace SisterCities.Cms.Sites.Import;

/// <summary>What <see cref="KatottgCodifierReader"/> yields: a hromada or a problem with one line of the file.</summary>
/// <param name="LineNumber">1-based line in the file (the header is line 1).</param>
public abstract record CodifierRecord(int LineNumber);

/// <summary>A line that could not be used, with the reason a person can act on.</summary>
public sealed record CodifierProblem(int LineNumber, string Reason) : CodifierRecord(LineNumber)
{
    public override string ToString() => $"line {LineNumber}: {Reason}";
}

/// <summary>A municipality of the network as the codifier describes it: a hromada (category H) or Kyiv (K).</summary>
public sealed record CodifierHromada(
    int LineNumber,
    string KatottgCode,
    bool IsSpecialStatusCity,
    string HromadaNameUk,
    string OblastCode,
    string OblastNameUk,
    string? RaionCode,
    string? RaionNameUk,
    string CentreNameUk,
    string? CentreCategory,
    CentreMatch CentreMatch) : CodifierRecord(LineNumber);
