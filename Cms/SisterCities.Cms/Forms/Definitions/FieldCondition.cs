using System.Text.Json.Serialization;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>When a field is shown: <see cref="Action"/> applies when all (or any) of the rules hold.</summary>
public sealed record FieldCondition(ConditionAction Action, ConditionLogic Logic, IReadOnlyList<ConditionRule> Rules);

[JsonConverter(typeof(JsonStringEnumConverter<ConditionAction>))]
public enum ConditionAction
{
    Show,
    Hide,
}

[JsonConverter(typeof(JsonStringEnumConverter<ConditionLogic>))]
public enum ConditionLogic
{
    All,
    Any,
}

[JsonConverter(typeof(JsonStringEnumConverter<ConditionOperator>))]
public enum ConditionOperator
{
    Equals,
    NotEquals,
    Contains,
    NotEmpty,
    Empty,
}

/// <summary>One test on another field's value, e.g. <c>country Equals other</c>.</summary>
public sealed record ConditionRule(string Field, ConditionOperator Operator, string? Value = null);
