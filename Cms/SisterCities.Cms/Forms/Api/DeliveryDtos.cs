namespace SisterCities.Cms.Forms.Api;

/// <summary>A form definition in the shape of Umbraco Forms' Delivery API (pages → fieldsets → columns → fields).</summary>
public sealed record FormDefinitionDto(
    Guid Id, string Name, int Version, string Culture, string SubmitLabel, string MessageOnSubmit, bool ShowValidationSummary,
    bool ShowSummaryPage, string? ConsentText, IReadOnlyList<FormPageDto> Pages);

public sealed record FormPageDto(string Caption, IReadOnlyList<FormFieldsetDto> Fieldsets);

public sealed record FormFieldsetDto(string? Caption, IReadOnlyList<FormColumnDto> Columns);

public sealed record FormColumnDto(string? Caption, int Width, IReadOnlyList<FormFieldDto> Fields);

public sealed record FormFieldDto(
    string Id, string Alias, string Caption, string? HelpText, string? Placeholder, bool Required, string RequiredErrorMessage,
    string? Pattern, string? PatternInvalidErrorMessage, FormFieldTypeDto Type, IReadOnlyList<FormPrevalueDto> PreValues,
    FormConditionDto? Condition, IReadOnlyDictionary<string, string> Settings);

public sealed record FormFieldTypeDto(string Id, string Name);

public sealed record FormPrevalueDto(string Value, string Caption);

public sealed record FormConditionDto(string ActionType, string LogicType, IReadOnlyList<FormConditionRuleDto> Rules);

public sealed record FormConditionRuleDto(string Field, string Operator, string? Value);

/// <summary>The body of <c>POST …/entries/{id}</c>, as Umbraco Forms takes it: values keyed by field alias, each a list.</summary>
public sealed record EntryRequestDto(Dictionary<string, List<string>>? Values, string? Culture, Guid? ContentId);

/// <summary>Returned with 202 Accepted.</summary>
public sealed record EntryAcceptedDto(Guid EntryId, string Message);
