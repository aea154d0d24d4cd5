namespace SisterCities.Cms.Forms.Definitions;

/// <summary>
/// Decides which fields are shown for a set of answers. A field that a condition hides counts as empty for other
/// conditions, so chains (C depends on B, B on A) resolve the way a visitor sees them. A cycle hides the fields in it.
/// </summary>
public static class FormConditions
{
    public static IReadOnlySet<string> VisibleFields(FormSchema schema, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        var fields = schema.AllFields.ToDictionary(f => f.Alias, StringComparer.Ordinal);
        var decided = new Dictionary<string, bool>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var cyclic = new HashSet<string>(StringComparer.Ordinal);

        bool IsVisible(string alias)
        {
            if (decided.TryGetValue(alias, out var known))
            {
                return known;
            }

            if (!fields.TryGetValue(alias, out var field))
            {
                return false;
            }

            if (!visiting.Add(alias))
            {
                cyclic.UnionWith(visiting);
                return false;
            }

            var visible = field.Condition is not { } condition || Applies(condition, rule =>
                RuleHolds(rule, IsVisible(rule.Field) ? ValuesOf(values, rule.Field) : []));
            visiting.Remove(alias);
            decided[alias] = visible;
            return visible;
        }

        var visible = fields.Keys.Where(IsVisible).ToList();
        return visible.Where(a => !cyclic.Contains(a)).ToHashSet(StringComparer.Ordinal);
    }

    private static bool Applies(FieldCondition condition, Func<ConditionRule, bool> holds)
    {
        var matched = condition.Rules.Count == 0 || (condition.Logic == ConditionLogic.All
            ? condition.Rules.All(holds)
            : condition.Rules.Any(holds));
        return condition.Action == ConditionAction.Show ? matched : !matched;
    }

    public static bool RuleHolds(ConditionRule rule, IReadOnlyList<string> values)
    {
        var present = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        var expected = rule.Value?.Trim() ?? "";
        return rule.Operator switch
        {
            ConditionOperator.Equals => present.Any(v => string.Equals(v, expected, StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.NotEquals => !present.Any(v => string.Equals(v, expected, StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.Contains => present.Any(v => v.Contains(expected, StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.NotEmpty => present.Count > 0,
            ConditionOperator.Empty => present.Count == 0,
            _ => false,
        };
    }

    internal static IReadOnlyList<string> ValuesOf(IReadOnlyDictionary<string, IReadOnlyList<string>> values, string alias) =>
        values.TryGetValue(alias, out var list) ? list : [];
}
