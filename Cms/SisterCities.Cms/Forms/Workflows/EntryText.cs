using System.Globalization;
using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>An entry's answers as label/value pairs in one culture, for mails, draft pages and exports.</summary>
public static class EntryText
{
    public static IEnumerable<(string Label, string Value)> Lines(FormSchema schema, IReadOnlyDictionary<string, IReadOnlyList<string>> values, string culture)
    {
        foreach (var field in schema.AllFields.Where(f => f.TakesValue && values.ContainsKey(f.Alias)))
        {
            yield return (field.Label.In(culture), Display(field, values[field.Alias], culture));
        }
    }

    public static string Display(FormField field, IReadOnlyList<string> values, string culture) => field.Type switch
    {
        FieldType.SingleChoice or FieldType.MultipleChoice or FieldType.DropDown =>
            string.Join(", ", values.Select(v => field.Options.FirstOrDefault(o => o.Value == v)?.Label.In(culture) ?? v)),
        FieldType.Consent => culture == "uk" ? "так" : "yes",
        FieldType.FileUpload => string.Join(", ", values.Select(v => (culture == "uk" ? "файл " : "file ") + v)),
        _ => string.Join(", ", values),
    };

    /// <summary>Fills <c>{form}</c>, <c>{site}</c>, <c>{date}</c> and <c>{field:alias}</c> in a template; line breaks are removed (subjects are one line).</summary>
    public static string Fill(string template, string form, string site, DateTimeOffset at, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        var text = template.Replace("{form}", form, StringComparison.Ordinal)
            .Replace("{site}", site, StringComparison.Ordinal)
            .Replace("{date}", at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        foreach (var (alias, value) in values)
        {
            text = text.Replace("{field:" + alias + "}", string.Join(", ", value), StringComparison.Ordinal);
        }

        return text.ReplaceLineEndings(" ").Trim();
    }
}
