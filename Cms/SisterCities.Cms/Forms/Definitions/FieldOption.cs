namespace SisterCities.Cms.Forms.Definitions;

/// <summary>One choice of a single choice, multiple choice or drop-down field: the stored value and its label.</summary>
public sealed record FieldOption(string Value, LocalizedText Label);
