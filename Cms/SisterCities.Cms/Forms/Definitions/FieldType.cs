namespace SisterCities.Cms.Forms.Definitions;

/// <summary>The kinds of field a form can hold. Stored by name in the definition JSON.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    ShortText,
    LongText,
    Email,
    Phone,
    Number,
    Date,
    SingleChoice,
    MultipleChoice,
    DropDown,
    FileUpload,
    Consent,
    Hidden,

    /// <summary>A heading with a description: shows text, takes no value.</summary>
    Heading,
}
