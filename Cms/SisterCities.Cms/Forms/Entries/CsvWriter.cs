using System.Text;

namespace SisterCities.Cms.Forms.Entries;

/// <summary>
/// RFC 4180 CSV that Excel opens safely: UTF-8 with BOM, every cell quoted, and cells that a spreadsheet would run as a
/// formula (starting with = + - @ tab or CR) prefixed with a single quote (OWASP "CSV injection").
/// </summary>
public static class CsvWriter
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static byte[] Document(IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(Row(row));
        }

        return [.. Bom, .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
