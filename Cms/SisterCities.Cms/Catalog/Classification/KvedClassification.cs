using System.Collections.Frozen;
using System.Text;

namespace SisterCities.Cms.Catalog.Classification;

/// <summary>
/// КВЕД ДК 009:2010 (harmonised with NACE Rev. 2) at section and division level, loaded once from the open-data
/// file <c>OpenData/kved-2010-sections-divisions.csv</c> shipped with the application. The file lists each section
/// followed by its divisions, which is how a division learns its section. Reference data, not a table: it changes
/// only with a new edition of the classification, i.e. with a release.
/// </summary>
public sealed class KvedClassification
{
    public const string FileName = "kved-2010-sections-divisions.csv";

    private readonly FrozenDictionary<string, KvedEntry> _byCode;

    public KvedClassification(IEnumerable<KvedEntry> entries)
    {
        All = entries.ToList();
        _byCode = All.ToFrozenDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        Sections = All.Where(e => e.Level == KvedLevel.Section).ToList();
    }

    public IReadOnlyList<KvedEntry> All { get; }

    public IReadOnlyList<KvedEntry> Sections { get; }

    public KvedEntry? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code.Trim());

    public bool IsDivision(string? code) => Find(code)?.Level == KvedLevel.Division;

    public bool IsSection(string? code) => Find(code)?.Level == KvedLevel.Section;

    /// <summary>The section letter of a division (<c>62</c> → <c>J</c>), or null for an unknown code.</summary>
    public string? SectionOf(string? code) => Find(code)?.SectionCode;

    public IEnumerable<KvedEntry> DivisionsOf(string sectionCode) =>
        All.Where(e => e.Level == KvedLevel.Division && e.SectionCode == sectionCode);

    /// <summary>Reads the open-data file from the application's <c>OpenData</c> folder.</summary>
    public static KvedClassification LoadFromOutput() =>
        Load(Path.Combine(AppContext.BaseDirectory, "OpenData", FileName));

    public static KvedClassification Load(string path)
    {
        var entries = new List<KvedEntry>();
        string? section = null;
        foreach (var line in File.ReadLines(path, Encoding.UTF8).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = SplitCsvLine(line);
            if (fields.Count != 4)
            {
                throw new InvalidDataException($"{path}: expected code,level,name_uk,name_en in '{line}'.");
            }

            var level = fields[1] switch
            {
                "section" => KvedLevel.Section,
                "division" => KvedLevel.Division,
                _ => throw new InvalidDataException($"{path}: unknown level '{fields[1]}'."),
            };
            if (level == KvedLevel.Section)
            {
                section = fields[0];
            }

            entries.Add(new KvedEntry(fields[0], level, section ?? throw new InvalidDataException($"{path}: a division before any section."), fields[2], fields[3]));
        }

        return new KvedClassification(entries);
    }

    /// <summary>RFC 4180 fields: quoted fields may hold commas and doubled quotes.</summary>
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
