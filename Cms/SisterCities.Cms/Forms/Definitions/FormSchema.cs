namespace SisterCities.Cms.Forms.Definitions;

/// <summary>
/// Everything one version of a form says, stored as JSON in <see cref="FormVersion.Schema"/>. A version never changes:
/// a new schema makes a new version, and every entry records the version it answered.
/// </summary>
public sealed record FormSchema
{
    public IReadOnlyList<FormPage> Pages { get; init; } = [];

    /// <summary>Multi-page forms show every answer once more before the final submit.</summary>
    public bool ShowSummaryPage { get; init; }

    public LocalizedText SubmitLabel { get; init; } = new("Надіслати", "Submit");

    public LocalizedText SuccessMessage { get; init; } = new("Дякуємо! Ваше звернення отримано.", "Thank you! We have received your message.");

    /// <summary>The consent statement stored with each entry (as shown, in the entry's culture).</summary>
    public LocalizedText? ConsentText { get; init; }

    public NotificationSettings? Notification { get; init; }

    public WebhookSettings? Webhook { get; init; }

    public DraftContentTarget? DraftContent { get; init; }

    /// <summary>Entries (and their files) older than this are deleted by the retention job.</summary>
    public int RetentionDays { get; init; } = 365;

    public IEnumerable<FormField> AllFields => Pages.SelectMany(p => p.Fields);

    public FormField? Field(string alias) => AllFields.FirstOrDefault(f => f.Alias == alias);
}
