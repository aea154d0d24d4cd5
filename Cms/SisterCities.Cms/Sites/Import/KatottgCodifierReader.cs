using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Sites.Import;

/// <summary>
/// Reads the KATOTTG codifier (semicolon-separated, UTF-8 with BOM, Ukrainian header) line by line and yields
/// every municipality of the network: each hromada (category H) and Kyiv (K), with its oblast, raion and
/// administrative centre. A hromada is held only until the next row that is not one of its settlements,
/// so memory stays flat. Bad lines are yielded as <see cref="CodifierProblem"/> and reading goes on.
/// </summary>
public sealed partial class KatottgCodifierReader
{
    public const string ExpectedHeader = "Перший рівень;Другий рівень;Третій рівень;Четвертий рівень;Додатковий рівень;Категорія об’єкта;Назва об’єкта";

    private const int ColumnCount = 7;

    /// <summary>
    /// Oblast codes left out of the network: the Autonomous Republic of Crimea (UA01) and Sevastopol (UA85),
    /// temporarily occupied since 2014, whose hromadas exist only on paper. Without them the 2025-07-02
    /// edition gives 1,469 hromadas + Kyiv = the 1,470 municipalities of Ukraine that the network serves.
    /// </summary>
    public static readonly IReadOnlyList<string> OccupiedSince2014Prefixes = ["UA01", "UA85"];

    /// <summary>Hromadas (and Sevastopol) skipped because they lie in <see cref="OccupiedSince2014Prefixes"/> (after a read).</summary>
    public int SkippedOccupied { get; private set; }

    /// <summary>Hromadas and Kyiv read (after a read).</summary>
    public int MunicipalityCount { get; private set; }

    /// <summary>Reads the codifier from <paramref name="stream"/>; throws <see cref="CodifierFormatException"/> for a wrong header.</summary>
    public async IAsyncEnumerable<CodifierRecord> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        SkippedOccupied = 0;
        MunicipalityCount = 0;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = await reader.ReadLineAsync(cancellationToken)
            ?? throw new CodifierFormatException("The file is empty; expected the KATOTTG header: " + ExpectedHeader);
        if (NormalizeApostrophes(header.Trim()) != ExpectedHeader)
        {
            throw new CodifierFormatException($"Line 1 is not the KATOTTG header. Expected '{ExpectedHeader}', found '{Shorten(header)}'.");
        }

        var oblasts = new Dictionary<string, string>(StringComparer.Ordinal);
        var raions = new Dictionary<string, string>(StringComparer.Ordinal);
        PendingHromada? pending = null;
        var lineNumber = 1;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split(';');
            if (columns.Length != ColumnCount)
            {
                yield return new CodifierProblem(lineNumber, $"expected {ColumnCount} semicolon-separated columns, found {columns.Length}");
                continue;
            }

            var row = ParseRow(lineNumber, columns, out var problem);
            if (row is null)
            {
                yield return problem!;
                continue;
            }

            if (pending is not null && !(row.IsSettlement && row.Codes[2] == pending.Row.Codes[2]))
            {
                yield return Finish(pending);
                pending = null;
            }

            if (OccupiedSince2014Prefixes.Any(p => row.Codes[0].StartsWith(p, StringComparison.Ordinal)))
            {
                SkippedOccupied += row.Category is "H" or "K" ? 1 : 0;
                continue;
            }

            switch (row.Category)
            {
                case "O":
                    oblasts[row.Codes[0]] = row.Name;
                    break;
                case "P":
                    raions[row.Codes[1]] = row.Name;
                    break;
                case "K":
                    oblasts[row.Codes[0]] = row.Name;
                    MunicipalityCount++;
                    yield return new CodifierHromada(
                        lineNumber, row.Codes[0], true, row.Name, row.Codes[0], row.Name, null, null, row.Name, "K", CentreMatch.SpecialStatusCity);
                    break;
                case "H":
                    if (!oblasts.TryGetValue(row.Codes[0], out var oblastName))
                    {
                        yield return new CodifierProblem(lineNumber, $"hromada '{row.Name}' belongs to oblast {row.Codes[0]}, which has no oblast (O) row before it");
                        break;
                    }

                    pending = new PendingHromada(row, oblastName, raions.GetValueOrDefault(row.Codes[1]));
                    break;
                case "M" or "X" or "C" when pending is not null:
                    pending.Settlements.Add((row.Name, row.Category));
                    break;
            }
        }

        if (pending is not null)
        {
            yield return Finish(pending);
        }
    }

    private CodifierHromada Finish(PendingHromada pending)
    {
        var row = pending.Row;
        var (centre, category, match) = HromadaCentreMatcher.Choose(row.Name, pending.Settlements);
        MunicipalityCount++;
        return new CodifierHromada(
            row.LineNumber, row.Codes[2], false, row.Name, row.Codes[0], pending.OblastName, row.Codes[1], pending.RaionName, centre, category, match);
    }

    private static Row? ParseRow(int lineNumber, string[] columns, out CodifierProblem? problem)
    {
        problem = null;
        var codes = columns[..5].Select(c => c.Trim()).ToArray();
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i].Length > 0 && !CodePattern().IsMatch(codes[i]))
            {
                problem = new CodifierProblem(lineNumber, $"column {i + 1} holds '{Shorten(codes[i])}', which is not a KATOTTG code (UA followed by 17 digits)");
                return null;
            }
        }

        var category = columns[5].Trim();
        var name = columns[6].Trim();
        int? level = category switch
        {
            "O" or "K" => 1,
            "P" => 2,
            "H" => 3,
            "M" or "X" or "C" => 4,
            "B" => 5,
            _ => null,
        };
        if (level is null)
        {
            problem = new CodifierProblem(lineNumber, $"unknown category '{Shorten(category)}' (expected one of O K P H M X C B)");
            return null;
        }

        var missing = Enumerable.Range(0, level.Value).FirstOrDefault(i => codes[i].Length == 0, -1);
        if (missing >= 0)
        {
            problem = new CodifierProblem(lineNumber, $"category {category} needs a code in column {missing + 1}, which is empty");
            return null;
        }

        if (name.Length == 0)
        {
            problem = new CodifierProblem(lineNumber, "the name (column 7) is empty");
            return null;
        }

        return new Row(lineNumber, codes, category, name);
    }

    private static string NormalizeApostrophes(string text) =>
        new(text.TrimStart('\uFEFF').Select(c => UkrainianTransliteration.IsApostrophe(c) ? '’' : c).ToArray());

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex("^UA[0-9]{17}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    private sealed record Row(int LineNumber, string[] Codes, string Category, string Name)
    {
        public bool IsSettlement => Category is "M" or "X" or "C" or "B";
    }

    private sealed record PendingHromada(Row Row, string OblastName, string? RaionName)
    {
        public List<(string Name, string Category)> Settlements { get; } = [];
    }
}
