using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>One field of a <see cref="FormDraft"/> as the builder's inputs hold it.</summary>
public sealed class FormDraftField
{
    public string Alias { get; set; } = "";

    public FieldType Type { get; set; } = FieldType.ShortText;

    /// <summary>Index of the page the field is on.</summary>
    public int Page { get; set; }

    public string LabelUk { get; set; } = "";

    public string LabelEn { get; set; } = "";

    public string HelpUk { get; set; } = "";

    public string HelpEn { get; set; } = "";

    public string PlaceholderUk { get; set; } = "";

    public string PlaceholderEn { get; set; } = "";

    /// <summary>The text of a heading, or the statement a consent box agrees to.</summary>
    public string TextUk { get; set; } = "";

    public string TextEn { get; set; } = "";

    public string DefaultValue { get; set; } = "";

    public bool Required { get; set; }

    public string MinLength { get; set; } = "";

    public string MaxLength { get; set; } = "";

    public string Pattern { get; set; } = "";

    public string PatternMessageUk { get; set; } = "";

    public string PatternMessageEn { get; set; } = "";

    public string Min { get; set; } = "";

    public string Max { get; set; } = "";

    public string MinDate { get; set; } = "";

    public string MaxDate { get; set; } = "";

    public List<string> FileTypes { get; set; } = [];

    public string MaxFileMegabytes { get; set; } = "";

    /// <summary>One option per line: <c>value | Ukrainian label | English label</c>.</summary>
    public string Options { get; set; } = "";

    /// <summary>Empty (always shown), <c>Show</c> or <c>Hide</c>.</summary>
    public string ConditionAction { get; set; } = "";

    public string ConditionLogic { get; set; } = "All";

    public List<FormDraftRule> Rules { get; set; } = [];

    public bool IsChoice => Type is FieldType.SingleChoice or FieldType.MultipleChoice or FieldType.DropDown;

    public bool IsText => Type is FieldType.ShortText or FieldType.LongText or FieldType.Email or FieldType.Phone;
}
