using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SisterCities.Cms.Content;

/// <summary>Checks a draft against its content type; errors are keyed the way problem details name fields.</summary>
public static class ContentValidation
{
    public const int MaxNameLength = 500;

    public static Dictionary<string, string[]> Validate(ContentType type, ContentDraft draft)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            errors["name"] = ["A name is required."];
        }
        else if (draft.Name.Length > MaxNameLength)
        {
            errors["name"] = [$"A name can be at most {MaxNameLength} characters."];
        }

        if (!string.IsNullOrEmpty(draft.Slug) && !Text.Slug.IsWellFormed(draft.Slug))
        {
            errors["slug"] = ["A slug may hold only lower-case Latin letters, digits and dashes."];
        }

        foreach (var (alias, _) in draft.Values)
        {
            if (type.Property(alias) is null)
            {
                errors[$"values.{alias}"] = [$"The content type '{type.Alias}' has no property '{alias}'."];
            }
        }

        foreach (var property in type.Properties)
        {
            draft.Values.TryGetPropertyValue(property.Alias, out var value);
            var problem = Check(property, value);
            if (problem is not null)
            {
                errors[$"values.{property.Alias}"] = [problem];
            }
        }

        return errors;
    }

    /// <summary>Most items a content picker may hold.</summary>
    public const int MaxPicked = 50;

    private static string? Check(PropertyType property, JsonNode? value)
    {
        var empty = value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()));
        if (empty)
        {
            return property.Required ? $"{property.NameEn} is required." : null;
        }

        switch (property.Editor)
        {
            case PropertyEditors.Boolean:
                return value!.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : $"{property.NameEn} must be true or false.";
            case PropertyEditors.Number:
                return value!.GetValueKind() == JsonValueKind.Number ? null : $"{property.NameEn} must be a number.";
            case PropertyEditors.Tags:
                return value is JsonArray tags && tags.All(t => t?.GetValueKind() == JsonValueKind.String) ? null : $"{property.NameEn} must be a list of words.";
            case PropertyEditors.ContentPicker:
                return value is JsonArray picked && picked.Count <= MaxPicked
                       && picked.All(k => k?.GetValueKind() == JsonValueKind.String && Guid.TryParse(k.GetValue<string>(), out _))
                    ? null
                    : $"{property.NameEn} must be a list of at most {MaxPicked} content item keys.";
            case PropertyEditors.Date or PropertyEditors.DateTime:
                return value!.GetValueKind() == JsonValueKind.String &&
                       DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                    ? null
                    : $"{property.NameEn} must be an ISO 8601 date.";
            case PropertyEditors.Form:
                return value!.GetValueKind() == JsonValueKind.String && Guid.TryParse(value.GetValue<string>(), out _) ? null : $"{property.NameEn} must be a form's key.";
            case PropertyEditors.Url:
                return value!.GetValueKind() == JsonValueKind.String &&
                       Uri.TryCreate(value.GetValue<string>(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                    ? null
                    : $"{property.NameEn} must be an http(s) address.";
            default:
                if (value!.GetValueKind() != JsonValueKind.String)
                {
                    return $"{property.NameEn} must be text.";
                }

                var text = value.GetValue<string>();
                return property.MaxLength is { } max && text.Length > max ? $"{property.NameEn} can be at most {max} characters." : null;
        }
    }
}
