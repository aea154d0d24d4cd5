namespace SisterCities.Cms.Forms.Definitions;

/// <summary>A page of a multi-page form; a one-page form has one.</summary>
public sealed record FormPage(LocalizedText Caption, IReadOnlyList<FormField> Fields);
