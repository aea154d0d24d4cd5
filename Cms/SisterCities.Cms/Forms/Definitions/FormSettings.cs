namespace SisterCities.Cms.Forms.Definitions;

/// <summary>Who is told about a new entry, with the subject per culture. Placeholders: <c>{form}</c>, <c>{site}</c>, <c>{field:alias}</c>.</summary>
public sealed record NotificationSettings(IReadOnlyList<string> Recipients, LocalizedText Subject);

/// <summary>Where entries are POSTed, signed with <see cref="Secret"/> (HMAC-SHA256); the secret never leaves the server.</summary>
public sealed record WebhookSettings(string Url, string Secret);

/// <summary>
/// "Save as draft content": an entry becomes a draft item of <see cref="ContentTypeAlias"/> under <see cref="ParentKey"/>
/// (or under the home page of the entry's site). <see cref="NameField"/> names the item; <see cref="FieldMap"/> maps form aliases to properties.
/// </summary>
public sealed record DraftContentTarget(
    string ContentTypeAlias,
    Guid? ParentKey,
    string? SiteKey,
    string NameField,
    IReadOnlyDictionary<string, string> FieldMap);
