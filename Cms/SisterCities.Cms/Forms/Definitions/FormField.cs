namespace SisterCities.Cms.Forms.Definitions;

/// <summary>One field of a form page. <see cref="Alias"/> keys the posted value, the errors and the stored entry.</summary>
public sealed record FormField
{
    public required string Alias { get; init; }

    public required FieldType Type { get; init; }

    public required LocalizedText Label { get; init; }

    public LocalizedText? Help { get; init; }

    public LocalizedText? Placeholder { get; init; }

    /// <summary>The text of a heading, or of the statement a consent box agrees to.</summary>
    public LocalizedText? Text { get; init; }

    public IReadOnlyList<FieldOption> Options { get; init; } = [];

    public FieldValidation Validation { get; init; } = new();

    public FieldCondition? Condition { get; init; }

    /// <summary>Value of a hidden field when nothing is posted (e.g. the campaign a page links from).</summary>
    public string? DefaultValue { get; init; }

    public bool TakesValue => Type != FieldType.Heading;
}
