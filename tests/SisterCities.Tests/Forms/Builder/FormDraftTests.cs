using System.Text.Json;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Builder;
using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Tests.Forms.Builder;

/// <summary>The builder's draft: a schema survives the trip through the page's inputs, and the buttons edit the draft.</summary>
public sealed class FormDraftTests
{
    private static string Json(FormSchema schema) => JsonSerializer.Serialize(schema, JsonColumn.Options);

    private static FormSchema RoundTrip(FormSchema schema)
    {
        var errors = new Dictionary<string, string>();
        var back = FormDraftMapper.ToSchema(FormDraftMapper.FromSchema("Форма", 1, schema, s => "sealed:" + s), s => s.StartsWith("sealed:", StringComparison.Ordinal) ? s[7..] : null, errors);
        Assert.Empty(errors);
        return back;
    }

    public static TheoryData<string> SeededForms => ["contact", "partnership", "event", "pipeline"];

    [Theory]
    [MemberData(nameof(SeededForms))]
    public void Every_seeded_form_and_the_pipeline_schema_survive_the_builder_unchanged(string name)
    {
        var schema = name switch
        {
            "contact" => SeedForms.ContactCityHall(),
            "partnership" => SeedForms.ProposePartnership("team@sistercities.example"),
            "event" => SeedForms.RegisterForEvent(),
            _ => Schemas.Contact("https://hooks.example.org/x", "office@lviv.example"),
        };

        Assert.Equal(Json(schema), Json(RoundTrip(schema)));
    }

    [Fact]
    public void Buttons_add_move_and_remove_fields_and_pages_within_the_draft()
    {
        var draft = FormDraftMapper.FromSchema("Форма", 1, Schemas.OnePage(Schemas.Field("a", FieldType.ShortText), Schemas.Field("b", FieldType.ShortText)), s => s);

        FormDraftOperations.Apply(draft, "add-page", FieldType.ShortText, 0);
        FormDraftOperations.Apply(draft, "add-field", FieldType.Email, 1);
        FormDraftOperations.Apply(draft, "add-field", FieldType.Email, 0);
        var firstUp = FormDraftOperations.Apply(draft, "up-0", FieldType.ShortText, 0);
        FormDraftOperations.Apply(draft, "down-0", FieldType.ShortText, 0);
        FormDraftOperations.Apply(draft, "remove-page-1", FieldType.ShortText, 0);
        FormDraftOperations.Apply(draft, "remove-1", FieldType.ShortText, 0);

        Assert.Equal("'a' is already the first field of its page.", firstUp);
        Assert.Single(draft.Pages);
        Assert.Equal(["b", "email2", "email1"], draft.Fields.Select(f => f.Alias));
        Assert.All(draft.Fields, f => Assert.Equal(0, f.Page));
    }

    [Fact]
    public void Unreadable_numbers_dates_and_options_are_reported_by_the_input_they_came_from()
    {
        var draft = FormDraftMapper.FromSchema("Форма", 1, Schemas.OnePage(
            Schemas.Field("n", FieldType.Number), Schemas.Field("d", FieldType.Date), Schemas.Field("c", FieldType.DropDown, null, null, "x")), s => s);
        draft.Fields[0].Min = "ten";
        draft.Fields[1].MaxDate = "31.12.2026";
        draft.Fields[2].Options = "x | a | b | c";
        draft.RetentionDays = "-5";
        var errors = new Dictionary<string, string>();

        FormDraftMapper.ToSchema(draft, _ => null, errors);

        Assert.Equal(["s-retention", "x0-min", "x1-maxDate", "x2-options"], errors.Keys.Order());
    }
}
