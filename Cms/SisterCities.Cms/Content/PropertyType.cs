namespace SisterCities.Cms.Content;

/// <summary>One property of a content type: its editor and validation.</summary>
public sealed record PropertyType
{
    public required string Alias { get; init; }

    public required string NameUk { get; init; }

    public required string NameEn { get; init; }

    /// <summary>One of <see cref="PropertyEditors"/>.</summary>
    public required string Editor { get; init; }

    public bool Required { get; init; }

    public int? MaxLength { get; init; }
}

/// <summary>The property editors the CMS knows; the editor decides how a value is validated, sanitized and rendered.</summary>
public static class PropertyEditors
{
    public const string Text = "text";
    public const string TextArea = "textarea";
    public const string RichText = "richtext";
    public const string Date = "date";
    public const string DateTime = "datetime";
    public const string Boolean = "boolean";
    public const string Number = "number";
    public const string Media = "media";
    public const string Url = "url";
    public const string Tags = "tags";

    /// <summary>A list of picked content items, stored as their keys (Umbraco's multi-node tree picker).</summary>
    public const string ContentPicker = "contentPicker";

    /// <summary>The key (GUID) of a form to show on the page (Forms/Placement).</summary>
    public const string Form = "form";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Text, TextArea, RichText, Date, DateTime, Boolean, Number, Media, Url, Tags, ContentPicker, Form,
    };
}
