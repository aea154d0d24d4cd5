using System.Globalization;
using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>
/// Turns a stored schema into the builder's inputs and the posted inputs back into a schema. Parse errors are keyed
/// by the id of the input they belong to (<c>x3-maxLength</c>, <c>s-retention</c>), so the page shows each next to its input.
/// </summary>
public static class FormDraftMapper
{
    public static FormDraft FromSchema(string name, int version, FormSchema schema, Func<string, string> seal)
    {
        var draft = new FormDraft
        {
            Name = name,
            BaseVersion = version,
            SubmitLabelUk = schema.SubmitLabel.Uk,
            SubmitLabelEn = schema.SubmitLabel.En,
            SuccessUk = schema.SuccessMessage.Uk,
            SuccessEn = schema.SuccessMessage.En,
            ConsentUk = schema.ConsentText?.Uk ?? "",
            ConsentEn = schema.ConsentText?.En ?? "",
            ShowSummaryPage = schema.ShowSummaryPage,
            RetentionDays = schema.RetentionDays.ToString(CultureInfo.InvariantCulture),
            Recipients = string.Join(", ", schema.Notification?.Recipients ?? []),
            SubjectUk = schema.Notification?.Subject.Uk ?? "",
            SubjectEn = schema.Notification?.Subject.En ?? "",
            WebhookUrl = schema.Webhook?.Url ?? "",
            WebhookSecretSealed = schema.Webhook is { } hook ? seal(hook.Secret) : "",
            DraftType = schema.DraftContent?.ContentTypeAlias ?? "",
            DraftParentKey = schema.DraftContent?.ParentKey?.ToString() ?? "",
            DraftSiteKey = schema.DraftContent?.SiteKey ?? "",
            DraftNameField = schema.DraftContent?.NameField ?? "",
            DraftFieldMap = string.Join("\n", (schema.DraftContent?.FieldMap ?? new Dictionary<string, string>()).Select(p => $"{p.Key} = {p.Value}")),
        };
        for (var page = 0; page < schema.Pages.Count; page++)
        {
            draft.Pages.Add(new FormDraftPage { CaptionUk = schema.Pages[page].Caption.Uk, CaptionEn = schema.Pages[page].Caption.En });
            draft.Fields.AddRange(schema.Pages[page].Fields.Select(f => FromField(f, page)));
        }

        return draft;
    }

    private static FormDraftField FromField(FormField f, int page)
    {
        var v = f.Validation;
        return new FormDraftField
        {
            Alias = f.Alias,
            Type = f.Type,
            Page = page,
            LabelUk = f.Label.Uk,
            LabelEn = f.Label.En,
            HelpUk = f.Help?.Uk ?? "",
            HelpEn = f.Help?.En ?? "",
            PlaceholderUk = f.Placeholder?.Uk ?? "",
            PlaceholderEn = f.Placeholder?.En ?? "",
            TextUk = f.Text?.Uk ?? "",
            TextEn = f.Text?.En ?? "",
            DefaultValue = f.DefaultValue ?? "",
            Required = v.Required,
            MinLength = Str(v.MinLength),
            MaxLength = Str(v.MaxLength),
            Pattern = v.Pattern ?? "",
            PatternMessageUk = v.PatternMessage?.Uk ?? "",
            PatternMessageEn = v.PatternMessage?.En ?? "",
            Min = v.Min?.ToString(CultureInfo.InvariantCulture) ?? "",
            Max = v.Max?.ToString(CultureInfo.InvariantCulture) ?? "",
            MinDate = v.MinDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            MaxDate = v.MaxDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            FileTypes = [.. v.AllowedFileTypes ?? []],
            MaxFileMegabytes = v.MaxFileBytes is { } bytes ? (bytes / (1024m * 1024m)).ToString("0.######", CultureInfo.InvariantCulture) : "",
            Options = string.Join("\n", f.Options.Select(o => $"{o.Value} | {o.Label.Uk} | {o.Label.En}")),
            ConditionAction = f.Condition?.Action.ToString() ?? "",
            ConditionLogic = f.Condition?.Logic.ToString() ?? "All",
            Rules = f.Condition?.Rules.Select(r => new FormDraftRule { Field = r.Field, Operator = r.Operator.ToString(), Value = r.Value ?? "" }).ToList() ?? [],
        };
    }

    /// <summary>The schema the inputs describe; <paramref name="errors"/> gets a message per input that could not be read.</summary>
    public static FormSchema ToSchema(FormDraft d, Func<string, string?> unseal, Dictionary<string, string> errors)
    {
        var pages = new List<FormPage>();
        for (var p = 0; p < Math.Max(1, d.Pages.Count); p++)
        {
            var caption = p < d.Pages.Count ? d.Pages[p] : new FormDraftPage();
            var fields = new List<FormField>();
            for (var i = 0; i < d.Fields.Count; i++)
            {
                if (Math.Clamp(d.Fields[i].Page, 0, Math.Max(0, d.Pages.Count - 1)) == p)
                {
                    fields.Add(ToField(d.Fields[i], i, errors));
                }
            }

            pages.Add(new FormPage(new LocalizedText(caption.CaptionUk.Trim(), caption.CaptionEn.Trim()), fields));
        }

        var retention = ParseInt(d.RetentionDays, "s-retention", errors) ?? 365;
        var recipients = d.Recipients.Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var secret = d.WebhookSecret.Trim() is { Length: > 0 } typed ? typed : unseal(d.WebhookSecretSealed) ?? "";
        return new FormSchema
        {
            Pages = pages,
            ShowSummaryPage = d.ShowSummaryPage,
            SubmitLabel = Text(d.SubmitLabelUk, d.SubmitLabelEn) ?? new FormSchema().SubmitLabel,
            SuccessMessage = Text(d.SuccessUk, d.SuccessEn) ?? new FormSchema().SuccessMessage,
            ConsentText = Text(d.ConsentUk, d.ConsentEn),
            RetentionDays = retention,
            Notification = recipients.Length == 0 ? null : new NotificationSettings(recipients, Text(d.SubjectUk, d.SubjectEn) ?? new LocalizedText("{form}: нове звернення", "{form}: new entry")),
            Webhook = string.IsNullOrWhiteSpace(d.WebhookUrl) ? null : new WebhookSettings(d.WebhookUrl.Trim(), secret),
            DraftContent = string.IsNullOrWhiteSpace(d.DraftType) ? null : DraftTarget(d, errors),
        };
    }

    private static DraftContentTarget DraftTarget(FormDraft d, Dictionary<string, string> errors)
    {
        Guid? parent = null;
        if (!string.IsNullOrWhiteSpace(d.DraftParentKey))
        {
            if (Guid.TryParse(d.DraftParentKey.Trim(), out var key))
            {
                parent = key;
            }
            else
            {
                errors["s-draftParent"] = "The parent must be an item key (a GUID), or empty for the site's home page.";
            }
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in d.DraftFieldMap.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors["s-draftMap"] = $"Write each mapping as 'field = property'; '{line}' is not.";
                continue;
            }

            map[parts[0]] = parts[1];
        }

        return new DraftContentTarget(d.DraftType.Trim(), parent, string.IsNullOrWhiteSpace(d.DraftSiteKey) ? null : d.DraftSiteKey.Trim(), d.DraftNameField.Trim(), map);
    }

    private static FormField ToField(FormDraftField f, int i, Dictionary<string, string> errors)
    {
        var id = $"x{i}-";
        var isText = f.IsText;
        var validation = new FieldValidation
        {
            Required = f.Required && f.Type is not (FieldType.Heading or FieldType.Hidden),
            MinLength = isText ? ParseInt(f.MinLength, id + "minLength", errors) : null,
            MaxLength = isText ? ParseInt(f.MaxLength, id + "maxLength", errors) : null,
            Pattern = isText && f.Pattern.Trim().Length > 0 ? f.Pattern.Trim() : null,
            PatternMessage = isText ? Text(f.PatternMessageUk, f.PatternMessageEn) : null,
            Min = f.Type == FieldType.Number ? ParseDecimal(f.Min, id + "min", errors) : null,
            Max = f.Type == FieldType.Number ? ParseDecimal(f.Max, id + "max", errors) : null,
            MinDate = f.Type == FieldType.Date ? ParseDate(f.MinDate, id + "minDate", errors) : null,
            MaxDate = f.Type == FieldType.Date ? ParseDate(f.MaxDate, id + "maxDate", errors) : null,
            AllowedFileTypes = f.Type == FieldType.FileUpload && f.FileTypes.Count > 0 ? f.FileTypes.Distinct().ToList() : null,
            MaxFileBytes = f.Type == FieldType.FileUpload && ParseDecimal(f.MaxFileMegabytes, id + "maxFile", errors) is { } mb ? (long)Math.Round(mb * 1024 * 1024) : null,
        };
        if (validation.MaxFileBytes is <= 0)
        {
            errors[id + "maxFile"] = "Enter a size above 0 MB, or leave it empty for 10 MB.";
        }

        var rules = f.Rules.Where(r => r.Field.Trim().Length > 0)
            .Select(r => new ConditionRule(
                r.Field.Trim(),
                Enum.TryParse<ConditionOperator>(r.Operator, out var op) ? op : ConditionOperator.Equals,
                r.Value.Trim().Length > 0 ? r.Value.Trim() : null))
            .ToList();
        FieldCondition? condition = null;
        if (Enum.TryParse<ConditionAction>(f.ConditionAction, out var action) && f.Type != FieldType.Hidden)
        {
            if (rules.Count == 0)
            {
                errors[id + "rule0-field"] = "A condition needs at least one rule; choose a field, or set the field to always shown.";
            }

            condition = new FieldCondition(action, Enum.TryParse<ConditionLogic>(f.ConditionLogic, out var logic) ? logic : ConditionLogic.All, rules);
        }

        return new FormField
        {
            Alias = f.Alias.Trim(),
            Type = f.Type,
            Label = new LocalizedText(f.LabelUk.Trim(), f.LabelEn.Trim()),
            Help = f.Type is FieldType.Hidden ? null : Text(f.HelpUk, f.HelpEn),
            Placeholder = isText || f.Type == FieldType.Number ? Text(f.PlaceholderUk, f.PlaceholderEn) : null,
            Text = f.Type is FieldType.Heading or FieldType.Consent ? Text(f.TextUk, f.TextEn) : null,
            Options = f.IsChoice ? ParseOptions(f.Options, id + "options", errors) : [],
            Validation = validation,
            Condition = condition,
            DefaultValue = f.Type == FieldType.Hidden && f.DefaultValue.Length > 0 ? f.DefaultValue : null,
        };
    }

    private static List<FieldOption> ParseOptions(string text, string id, Dictionary<string, string> errors)
    {
        var options = new List<FieldOption>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length > 3 || parts[0].Length == 0)
            {
                errors[id] = $"Write each option as 'value | Ukrainian label | English label'; '{line}' is not.";
                continue;
            }

            var uk = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : parts[0];
            var en = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : uk;
            options.Add(new FieldOption(parts[0], new LocalizedText(uk, en)));
        }

        return options;
    }

    private static LocalizedText? Text(string uk, string en) =>
        uk.Trim().Length == 0 && en.Trim().Length == 0 ? null : new LocalizedText(uk.Trim(), en.Trim());

    private static string Str(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static int? ParseInt(string text, string id, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        errors[id] = "Enter a whole number, 0 or more.";
        return null;
    }

    private static decimal? ParseDecimal(string text, string id, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[id] = "Enter a number, such as 10 or 2.5.";
        return null;
    }

    private static DateOnly? ParseDate(string text, string id, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        errors[id] = "Enter a date as YYYY-MM-DD.";
        return null;
    }
}
