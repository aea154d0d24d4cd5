using System.Globalization;
using System.Text.RegularExpressions;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>
/// Checks posted answers against one form version. Pure: no I/O, so every rule is unit-tested.
/// A non-empty value for a field that a condition hides is an error naming that field (not silently dropped):
/// the sender either sees a different form than the server or is probing, and both deserve to hear it.
/// Values for aliases the form does not have, and for headings, are dropped.
/// </summary>
public static class FormValidator
{
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bounds when the editor set none, so no field takes unbounded input.</summary>
    public const int DefaultShortMax = 500;

    public const int DefaultLongMax = 10_000;

    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    private static readonly Regex PhoneShape = new(@"^\+?[0-9(][0-9 ()\-]{5,22}$", RegexOptions.CultureInvariant, PatternTimeout);

    /// <param name="onlyPage">Validates only this page's fields (a multi-page step); null validates the whole form.</param>
    public static FormValidationResult Validate(
        FormSchema schema,
        string culture,
        IReadOnlyDictionary<string, IReadOnlyList<string>> values,
        IReadOnlyDictionary<string, IReadOnlyList<PostedFile>>? files = null,
        int? onlyPage = null)
    {
        files ??= new Dictionary<string, IReadOnlyList<PostedFile>>();
        var visible = FormConditions.VisibleFields(schema, values);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var clean = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var fields = onlyPage is { } page ? schema.Pages[page].Fields : schema.AllFields;

        foreach (var field in fields.Where(f => f.TakesValue))
        {
            var posted = FormConditions.ValuesOf(values, field.Alias)
                .Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
            var postedFiles = files.TryGetValue(field.Alias, out var f) ? f : [];
            if (!visible.Contains(field.Alias))
            {
                if (posted.Count > 0 || postedFiles.Count > 0)
                {
                    errors[field.Alias] = [FormMessages.HiddenByCondition(culture)];
                }

                continue;
            }

            if (field.Type == FieldType.Hidden && posted.Count == 0 && field.DefaultValue is not null)
            {
                posted = [field.DefaultValue];
            }

            var problem = field.Type == FieldType.FileUpload
                ? CheckFiles(field, postedFiles, culture)
                : CheckValues(field, posted, culture);
            if (problem is not null)
            {
                errors[field.Alias] = [problem];
            }
            else if (field.Type != FieldType.FileUpload && posted.Count > 0)
            {
                clean[field.Alias] = field.Type == FieldType.Consent ? ["true"] : posted;
            }
        }

        return new FormValidationResult(errors, clean);
    }

    private static string? CheckValues(FormField field, List<string> posted, string culture)
    {
        var v = field.Validation;
        if (field.Type == FieldType.Consent)
        {
            var given = posted.Count == 1 && posted[0] is "true" or "on" or "yes";
            return v.Required && !given ? FormMessages.ConsentRequired(culture) : null;
        }

        if (posted.Count == 0)
        {
            return v.Required ? FormMessages.Required(culture, field.Label.In(culture)) : null;
        }

        if (field.Type != FieldType.MultipleChoice && posted.Count > 1)
        {
            return FormMessages.OneValue(culture);
        }

        if (field.Type is FieldType.SingleChoice or FieldType.MultipleChoice or FieldType.DropDown)
        {
            return posted.All(p => field.Options.Any(o => o.Value == p)) ? null : FormMessages.UnknownOption(culture);
        }

        var value = posted[0];
        var max = v.MaxLength ?? (field.Type == FieldType.LongText ? DefaultLongMax : DefaultShortMax);
        if (value.Length > max)
        {
            return FormMessages.TooLong(culture, max);
        }

        if (v.MinLength is { } min && value.Length < min)
        {
            return FormMessages.TooShort(culture, min);
        }

        var typeProblem = field.Type switch
        {
            FieldType.Email => IsEmail(value) ? null : FormMessages.Email(culture),
            FieldType.Phone => PhoneShape.IsMatch(value) ? null : FormMessages.Phone(culture),
            FieldType.Number => CheckNumber(value, v, culture),
            FieldType.Date => CheckDate(value, v, culture),
            _ => null,
        };
        return typeProblem ?? CheckPattern(value, v, culture);
    }

    private static string? CheckNumber(string value, FieldValidation v, string culture)
    {
        if (!decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return FormMessages.Number(culture);
        }

        return number < v.Min || number > v.Max ? FormMessages.Range(culture, v.Min, v.Max) : null;
    }

    private static string? CheckDate(string value, FieldValidation v, string culture)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return FormMessages.Date(culture);
        }

        return date < v.MinDate || date > v.MaxDate ? FormMessages.DateRange(culture, v.MinDate, v.MaxDate) : null;
    }

    private static string? CheckPattern(string value, FieldValidation v, string culture)
    {
        if (v.Pattern is null)
        {
            return null;
        }

        try
        {
            // Anchored so the whole value must match, not a fragment of it.
            return Regex.IsMatch(value, $"^(?:{v.Pattern})$", RegexOptions.CultureInvariant, PatternTimeout)
                ? null
                : v.PatternMessage?.In(culture) ?? FormMessages.Pattern(culture);
        }
        catch (RegexMatchTimeoutException)
        {
            return FormMessages.PatternTimeout(culture);
        }
    }

    private static string? CheckFiles(FormField field, IReadOnlyList<PostedFile> files, string culture)
    {
        var v = field.Validation;
        if (files.Count == 0)
        {
            return v.Required ? FormMessages.Required(culture, field.Label.In(culture)) : null;
        }

        if (files.Count > 1)
        {
            return FormMessages.OneValue(culture);
        }

        var allowed = v.AllowedFileTypes is { Count: > 0 } kinds ? kinds : FileSignatures.Kinds;
        var max = v.MaxFileBytes ?? DefaultMaxFileBytes;
        var file = files[0];
        if (file.Length > max)
        {
            return FormMessages.FileSize(culture, max);
        }

        var kind = FileSignatures.Detect(file.Head);
        return kind is not null && allowed.Contains(kind) ? null : FormMessages.FileType(culture, allowed);
    }

    private static bool IsEmail(string value) =>
        value.Length <= 254
        && System.Net.Mail.MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);
}
