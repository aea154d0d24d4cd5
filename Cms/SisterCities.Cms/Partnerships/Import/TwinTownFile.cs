using System.Globalization;
using System.Text;

namespace SisterCities.Cms.Partnerships.Import;

/// <summary>Reads a twin-towns CSV (comma-separated, UTF-8, RFC 4180 quoting) and reports each bad line with its number.</summary>
public static class TwinTownFile
{
    public const string Header = "ukrainian_city_uk,ukrainian_city_en,oblast_en,partner_city,partner_country_iso2,since_year,source_url";

    public static async Task<(List<TwinTownRow> Rows, List<string> Problems)> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<TwinTownRow>();
        var problems = new List<string>();
        var header = (await reader.ReadLineAsync(cancellationToken))?.TrimStart('\uFEFF');
        if (header?.Trim() != Header)
        {
            problems.Add($"line 1: the header must be '{Header}'.");
            return (rows, problems);
        }

        var lineNumber = 1;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = Split(line);
            if (cells.Count != 7)
            {
                problems.Add($"line {lineNumber}: expected 7 columns, found {cells.Count}.");
                continue;
            }

            int? year = null;
            if (cells[5].Length > 0)
            {
                if (!int.TryParse(cells[5], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    problems.Add($"line {lineNumber}: since_year '{cells[5]}' is not a year.");
                    continue;
                }

                year = parsed;
            }

            if (cells[0].Length == 0 || cells[3].Length == 0)
            {
                problems.Add($"line {lineNumber}: the Ukrainian city and the partner city are required.");
                continue;
            }

            rows.Add(new TwinTownRow(lineNumber, cells[0], cells[1], cells[2], cells[3], cells[4].ToUpperInvariant(), year, cells[6]));
        }

        return (rows, problems);
    }

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
