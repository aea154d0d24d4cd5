using SisterCities.Cms.Forms.Definitions;
using static SisterCities.Tests.Forms.Schemas;

namespace SisterCities.Tests.Forms;

public sealed class FormConditionsTests
{
    private static IReadOnlySet<string> Visible(FormSchema schema, params (string, string)[] values) => FormConditions.VisibleFields(schema, Values(values));

    [Fact]
    public void Field_without_condition_is_always_visible() =>
        Assert.Contains("a", Visible(OnePage(Field("a", FieldType.ShortText))));

    [Theory]
    [InlineData(ConditionOperator.Equals, "other", "Other", true)]
    [InlineData(ConditionOperator.Equals, "other", "services", false)]
    [InlineData(ConditionOperator.NotEquals, "other", "services", true)]
    [InlineData(ConditionOperator.NotEquals, "other", "other", false)]
    [InlineData(ConditionOperator.Contains, "lviv", "Місто Lviv", true)]
    [InlineData(ConditionOperator.Contains, "lviv", "Odesa", false)]
    [InlineData(ConditionOperator.NotEmpty, null, "x", true)]
    [InlineData(ConditionOperator.NotEmpty, null, "  ", false)]
    [InlineData(ConditionOperator.Empty, null, "", true)]
    [InlineData(ConditionOperator.Empty, null, "x", false)]
    public void Each_operator_decides_visibility(ConditionOperator op, string? expected, string given, bool visible)
    {
        var schema = OnePage(Field("y", FieldType.ShortText), Field("x", FieldType.ShortText, condition: ShowWhen("y", op, expected)));
        Assert.Equal(visible, Visible(schema, ("y", given)).Contains("x"));
    }

    [Fact]
    public void Hide_action_inverts_the_rule()
    {
        var hide = new FieldCondition(ConditionAction.Hide, ConditionLogic.All, [new("y", ConditionOperator.Equals, "no")]);
        var schema = OnePage(Field("y", FieldType.ShortText), Field("x", FieldType.ShortText, condition: hide));
        Assert.DoesNotContain("x", Visible(schema, ("y", "no")));
        Assert.Contains("x", Visible(schema, ("y", "yes")));
    }

    [Fact]
    public void All_needs_every_rule_and_any_needs_one()
    {
        FieldCondition Cond(ConditionLogic logic) => new(ConditionAction.Show, logic, [new("a", ConditionOperator.Equals, "1"), new("b", ConditionOperator.Equals, "1")]);
        var all = OnePage(Field("a", FieldType.ShortText), Field("b", FieldType.ShortText), Field("x", FieldType.ShortText, condition: Cond(ConditionLogic.All)));
        var any = OnePage(Field("a", FieldType.ShortText), Field("b", FieldType.ShortText), Field("x", FieldType.ShortText, condition: Cond(ConditionLogic.Any)));
        Assert.DoesNotContain("x", Visible(all, ("a", "1"), ("b", "0")));
        Assert.Contains("x", Visible(all, ("a", "1"), ("b", "1")));
        Assert.Contains("x", Visible(any, ("a", "1"), ("b", "0")));
        Assert.DoesNotContain("x", Visible(any, ("a", "0"), ("b", "0")));
    }

    [Fact]
    public void Multiple_choice_equals_matches_any_ticked_option()
    {
        var schema = OnePage(Field("areas", FieldType.MultipleChoice, options: ["culture", "youth"]), Field("x", FieldType.ShortText, condition: ShowWhen("areas", ConditionOperator.Equals, "youth")));
        Assert.Contains("x", Visible(schema, ("areas", "culture"), ("areas", "youth")));
    }

    [Fact]
    public void A_hidden_field_counts_as_empty_for_conditions_that_depend_on_it()
    {
        // c depends on b, b on a: with a = "no", b is hidden, so its stale value must not show c.
        var schema = OnePage(
            Field("a", FieldType.ShortText),
            Field("b", FieldType.ShortText, condition: ShowWhen("a", ConditionOperator.Equals, "yes")),
            Field("c", FieldType.ShortText, condition: ShowWhen("b", ConditionOperator.NotEmpty)));
        Assert.DoesNotContain("c", Visible(schema, ("a", "no"), ("b", "stale")));
        Assert.Contains("c", Visible(schema, ("a", "yes"), ("b", "value")));
    }

    [Fact]
    public void A_cycle_of_conditions_hides_the_fields_in_it()
    {
        var schema = OnePage(
            Field("a", FieldType.ShortText, condition: ShowWhen("b", ConditionOperator.Empty)),
            Field("b", FieldType.ShortText, condition: ShowWhen("a", ConditionOperator.Empty)));
        var visible = Visible(schema);
        Assert.False(visible.Contains("a") && visible.Contains("b"));
    }
}
