using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Tests.Forms;

/// <summary>Small builders of form schemas and posted values for the tests.</summary>
internal static class Schemas
{
    public static FormField Field(string alias, FieldType type, FieldValidation? validation = null, FieldCondition? condition = null, params string[] options) => new()
    {
        Alias = alias,
        Type = type,
        Label = new(alias + " (uk)", alias),
        Validation = validation ?? new(),
        Condition = condition,
        Options = options.Select(o => new FieldOption(o, new(o + " (uk)", o))).ToList(),
    };

    public static FormSchema OnePage(params FormField[] fields) => new() { Pages = [new(new("Сторінка", "Page"), fields)] };

    public static FieldCondition ShowWhen(string field, ConditionOperator op, string? value = null) =>
        new(ConditionAction.Show, ConditionLogic.All, [new(field, op, value)]);

    public static Dictionary<string, IReadOnlyList<string>> Values(params (string Alias, string Value)[] pairs) =>
        pairs.GroupBy(p => p.Alias).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Value).ToList());

    public static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    public static readonly byte[] PdfHead = "%PDF-1.7\n"u8.ToArray();

    /// <summary>A Windows executable's header: what a renamed "photo.jpg" might really be.</summary>
    public static readonly byte[] ExeHead = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00];

    /// <summary>A schema exercising the pipeline: required name and email, a topic with a conditional "other", a file, consent, a webhook.</summary>
    public static FormSchema Contact(string? webhookUrl = null, string? recipient = null) => new()
    {
        Pages =
        [
            new(new("Звернення", "Message"),
            [
                Field("name", FieldType.ShortText, new() { Required = true, MaxLength = 100 }),
                Field("email", FieldType.Email, new() { Required = true }),
                Field("topic", FieldType.DropDown, new() { Required = true }, null, "services", "other"),
                Field("topicOther", FieldType.ShortText, new() { Required = true }, ShowWhen("topic", ConditionOperator.Equals, "other")),
                Field("message", FieldType.LongText, new() { Required = true, MinLength = 5 }),
                Field("attachment", FieldType.FileUpload, new() { AllowedFileTypes = ["png", "pdf"], MaxFileBytes = 1024 }),
                new() { Alias = "consent", Type = FieldType.Consent, Label = new("Згода", "Consent"), Text = new("Я погоджуюся", "I agree"), Validation = new() { Required = true } },
            ]),
        ],
        Notification = recipient is null ? null : new([recipient], new("Звернення від {field:name}", "Message from {field:name} ({site})")),
        Webhook = webhookUrl is null ? null : new(webhookUrl, "a-webhook-secret-of-32-characters"),
    };
}
