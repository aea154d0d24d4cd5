namespace SisterCities.Cms.Forms.Definitions;

/// <summary>The rules a field's value must meet. Every rule is optional; <see cref="Required"/> applies only while the field is visible.</summary>
public sealed record FieldValidation
{
    public bool Required { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>A .NET regular expression the whole value must match; evaluated with a timeout.</summary>
    public string? Pattern { get; init; }

    public LocalizedText? PatternMessage { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public DateOnly? MinDate { get; init; }

    public DateOnly? MaxDate { get; init; }

    /// <summary>File kinds accepted by a file upload: <c>jpeg</c>, <c>png</c>, <c>pdf</c> (checked by the file's bytes).</summary>
    public IReadOnlyList<string>? AllowedFileTypes { get; init; }

    public long? MaxFileBytes { get; init; }
}
