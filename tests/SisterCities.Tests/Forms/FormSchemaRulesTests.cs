using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Workflows;
using static SisterCities.Tests.Forms.Schemas;

namespace SisterCities.Tests.Forms;

public sealed class FormSchemaRulesTests
{
    [Fact]
    public void Seeded_forms_are_valid()
    {
        Assert.Empty(FormSchemaRules.Check(Contact("https://example.org/hook", "mayor@lviv.ua")));
    }

    [Fact]
    public void Duplicate_alias_bad_pattern_empty_choice_and_unknown_condition_field_are_refused()
    {
        var schema = OnePage(
            Field("a", FieldType.ShortText),
            Field("A", FieldType.ShortText),
            Field("p", FieldType.ShortText, new() { Pattern = "([" }),
            Field("c", FieldType.DropDown),
            Field("x", FieldType.ShortText, condition: ShowWhen("nope", ConditionOperator.NotEmpty)));
        var errors = FormSchemaRules.Check(schema);
        Assert.Equal(["fields.A", "fields.c", "fields.p", "fields.x"], errors.Keys.Order());
    }

    [Fact]
    public void Webhook_needs_an_absolute_http_url_and_a_long_secret()
    {
        Assert.Contains("webhook.url", FormSchemaRules.Check(OnePage(Field("a", FieldType.ShortText)) with { Webhook = new("file:///etc/passwd", new string('s', 32)) }).Keys);
        Assert.Contains("webhook.secret", FormSchemaRules.Check(OnePage(Field("a", FieldType.ShortText)) with { Webhook = new("https://example.org/", "short") }).Keys);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+380", "\"'+380\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("Львів, вул. Ринок 1", "\"Львів, вул. Ринок 1\"")]
    public void Csv_cells_are_quoted_and_formula_starts_escaped(string value, string cell) =>
        Assert.Equal(cell, CsvWriter.Cell(value));

    [Fact]
    public void Webhook_signature_verifies_only_the_signed_body_and_time()
    {
        var signature = WebhookSignature.Sign("secret-secret-secret", 1_764_000_000, "{\"a\":1}");
        Assert.StartsWith("sha256=", signature);
        Assert.True(WebhookSignature.Verify("secret-secret-secret", 1_764_000_000, "{\"a\":1}", signature));
        Assert.False(WebhookSignature.Verify("secret-secret-secret", 1_764_000_001, "{\"a\":1}", signature));
        Assert.False(WebhookSignature.Verify("secret-secret-secret", 1_764_000_000, "{\"a\":2}", signature));
    }

    [Fact]
    public void Backoff_doubles_and_is_capped()
    {
        var first = TimeSpan.FromSeconds(30);
        Assert.Equal(TimeSpan.FromSeconds(30), FormWorkflowRunner.Backoff(1, first));
        Assert.Equal(TimeSpan.FromSeconds(60), FormWorkflowRunner.Backoff(2, first));
        Assert.Equal(TimeSpan.FromSeconds(120), FormWorkflowRunner.Backoff(3, first));
        Assert.Equal(FormWorkflowRunner.MaxBackoff, FormWorkflowRunner.Backoff(30, first));
    }
}
