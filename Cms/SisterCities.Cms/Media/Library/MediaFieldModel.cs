namespace SisterCities.Cms.Media.Library;

/// <summary>A media property in the content editor: the current choice (thumbnail) and the way to the picker.</summary>
public sealed record MediaFieldModel(string Id, string Field, string Alias, string Value, Guid ContentKey, string Culture, bool CanEdit);
