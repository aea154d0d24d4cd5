using System.Text.RegularExpressions;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>
/// What makes a schema valid before it is saved: unique aliases, options for choices, patterns that compile,
/// conditions that name other fields, a webhook URL that is absolute http(s). Pure: errors keyed like a validation problem.
/// </summary>
public static class FormSchemaRules
{
    public const int MaxFields = 200;

    private static readonly Regex AliasShape = new("^[a-zA-Z][a-zA-Z0-9_]{0,63}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public static Dictionary<string, string[]> Check(FormSchema schema)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (schema.Pages.Count == 0)
        {
            errors["pages"] = ["A form needs at least one page."];
            return errors;
        }

        var fields = schema.AllFields.ToList();
        if (fields.Count > MaxFields)
        {
            errors["pages"] = [$"A form holds at most {MaxFields} fields."];
        }

        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            var key = $"fields.{field.Alias}";
            if (!AliasShape.IsMatch(field.Alias))
            {
                errors[key] = ["An alias starts with a letter and holds only letters, digits and underscores (at most 64)."];
                continue;
            }

            if (!aliases.Add(field.Alias))
            {
                errors[key] = ["Two fields have this alias."];
                continue;
            }

            var problem = FieldProblem(field, fields);
            if (problem is not null)
            {
                errors[key] = [problem];
            }
        }

        // Files cannot ride along in the protected state between pages of the no-JavaScript round trip.
        foreach (var early in schema.Pages.Take(schema.Pages.Count - 1).SelectMany(p => p.Fields).Where(f => f.Type == FieldType.FileUpload))
        {
            errors[$"fields.{early.Alias}"] = ["A file upload belongs on the last page of the form."];
        }

        if (schema.RetentionDays is < 1 or > 3650)
        {
            errors["retentionDays"] = ["Keep entries between 1 and 3650 days."];
        }

        if (schema.Webhook is { } hook
            && (!Uri.TryCreate(hook.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            errors["webhook.url"] = ["The webhook URL must be an absolute http or https address."];
        }
        else if (schema.Webhook is { Secret.Length: < 16 })
        {
            errors["webhook.secret"] = ["The webhook secret must be at least 16 characters long."];
        }

        if (schema.Notification is { } notification
            && notification.Recipients.Any(r => !System.Net.Mail.MailAddress.TryCreate(r, out _)))
        {
            errors["notification.recipients"] = ["Every recipient must be an e-mail address."];
        }

        if (schema.DraftContent is { } draft && draft.NameField.Length > 0 && !aliases.Contains(draft.NameField))
        {
            errors["draftContent.nameField"] = [$"No field has the alias '{draft.NameField}'."];
        }

        return errors;
    }

    private static string? FieldProblem(FormField field, List<FormField> fields)
    {
        var isChoice = field.Type is FieldType.SingleChoice or FieldType.MultipleChoice or FieldType.DropDown;
        if (isChoice && field.Options.Count == 0)
        {
            return "A choice field needs at least one option.";
        }

        if (isChoice && field.Options.Select(o => o.Value).Distinct(StringComparer.Ordinal).Count() != field.Options.Count)
        {
            return "Two options have the same value.";
        }

        var v = field.Validation;
        if (v.MinLength > v.MaxLength || v.Min > v.Max || v.MinDate > v.MaxDate)
        {
            return "The minimum is greater than the maximum.";
        }

        if (v.Pattern is not null)
        {
            try
            {
                _ = new Regex(v.Pattern, RegexOptions.None, FormValidator.PatternTimeout);
            }
            catch (ArgumentException e)
            {
                return "The pattern is not a valid regular expression: " + e.Message;
            }
        }

        if (v.AllowedFileTypes?.Any(t => !FileSignatures.IsKnownKind(t)) == true)
        {
            return $"Allowed file types are {string.Join(", ", FileSignatures.Kinds)}.";
        }

        foreach (var rule in field.Condition?.Rules ?? [])
        {
            if (rule.Field == field.Alias)
            {
                return "A condition cannot depend on its own field.";
            }

            if (!fields.Any(f => f.Alias == rule.Field && f.TakesValue))
            {
                return $"The condition names '{rule.Field}', which is not a field with a value.";
            }
        }

        return null;
    }
}
