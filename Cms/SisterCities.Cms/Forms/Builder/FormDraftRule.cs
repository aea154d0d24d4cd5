namespace SisterCities.Cms.Forms.Builder;

/// <summary>One condition rule row of a draft field; a row without a field is ignored (the empty row adds a rule).</summary>
public sealed class FormDraftRule
{
    public string Field { get; set; } = "";

    public string Operator { get; set; } = "Equals";

    public string Value { get; set; } = "";
}
