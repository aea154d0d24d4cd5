namespace SisterCities.Cms.Forms.Builder;

/// <summary>One form in the builder's list.</summary>
public sealed record FormListRow(Guid Key, string Name, string Owner, int CurrentVersion, int Entries, int Unhandled, DateTimeOffset UpdatedAt);
