using SisterCities.Cms.Forms.Definitions;
using static SisterCities.Tests.Forms.Schemas;

namespace SisterCities.Tests.Forms;

public sealed class FormValidatorTests
{
    private static FormValidationResult Check(FormField field, params string[] values) =>
        FormValidator.Validate(OnePage(field), "en", Values(values.Select(v => (field.Alias, v)).ToArray()));

    [Fact]
    public void Missing_required_field_is_an_error_keyed_by_alias()
    {
        var result = Check(Field("name", FieldType.ShortText, new() { Required = true }));
        Assert.Equal(["name"], result.Errors.Keys);
    }

    [Fact]
    public void Whitespace_does_not_satisfy_required() =>
        Assert.False(Check(Field("name", FieldType.ShortText, new() { Required = true }), "   ").IsValid);

    [Fact]
    public void Messages_follow_the_culture()
    {
        var schema = OnePage(Field("name", FieldType.ShortText, new() { Required = true }));
        Assert.Contains("Заповніть", FormValidator.Validate(schema, "uk", Values()).Errors["name"][0]);
        Assert.Contains("Please fill in", FormValidator.Validate(schema, "en", Values()).Errors["name"][0]);
    }

    [Fact]
    public void Optional_empty_field_is_valid_and_not_stored()
    {
        var result = Check(Field("phone", FieldType.Phone));
        Assert.True(result.IsValid);
        Assert.Empty(result.Values);
    }

    [Theory]
    [InlineData(2, null, "a", false)]
    [InlineData(2, null, "ab", true)]
    [InlineData(null, 3, "abcd", false)]
    [InlineData(null, 3, "abc", true)]
    public void Length_limits_apply(int? min, int? max, string value, bool valid) =>
        Assert.Equal(valid, Check(Field("t", FieldType.ShortText, new() { MinLength = min, MaxLength = max }), value).IsValid);

    [Fact]
    public void Short_text_without_a_maximum_still_has_one() =>
        Assert.False(Check(Field("t", FieldType.ShortText), new string('x', FormValidator.DefaultShortMax + 1)).IsValid);

    [Theory]
    [InlineData("UA46060250000025047", true)]
    [InlineData("UA4606", false)]
    [InlineData("xUA46060250000025047", false)]
    public void Pattern_must_match_the_whole_value(string value, bool valid) =>
        Assert.Equal(valid, Check(Field("code", FieldType.ShortText, new() { Pattern = "UA[0-9]{17}" }), value).IsValid);

    [Fact]
    public void Catastrophic_pattern_times_out_into_an_error_instead_of_hanging()
    {
        var result = Check(Field("t", FieldType.ShortText, new() { Pattern = "(a+)+b", MaxLength = 500 }), new string('a', 40) + "c");
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Pattern_message_of_the_editor_is_used()
    {
        var field = Field("t", FieldType.ShortText, new() { Pattern = "[0-9]+", PatternMessage = new("Лише цифри", "Digits only") });
        Assert.Equal("Digits only", Check(field, "abc").Errors["t"][0]);
    }

    [Theory]
    [InlineData("mayor@lviv.ua", true)]
    [InlineData("Mayor <mayor@lviv.ua>", false)]
    [InlineData("mayor@localhost", false)]
    [InlineData("not an email", false)]
    public void Email_is_a_plain_address(string value, bool valid) =>
        Assert.Equal(valid, Check(Field("email", FieldType.Email), value).IsValid);

    [Theory]
    [InlineData("+380 32 297 5757", true)]
    [InlineData("(032) 297-57-57", true)]
    [InlineData("call me", false)]
    public void Phone_is_digits_with_separators(string value, bool valid) =>
        Assert.Equal(valid, Check(Field("phone", FieldType.Phone), value).IsValid);

    [Theory]
    [InlineData("3", true)]
    [InlineData("2,5", true)]
    [InlineData("6", false)]
    [InlineData("-1", false)]
    [InlineData("three", false)]
    public void Number_is_parsed_and_kept_in_range(string value, bool valid) =>
        Assert.Equal(valid, Check(Field("guests", FieldType.Number, new() { Min = 0, Max = 5 }), value).IsValid);

    [Theory]
    [InlineData("2026-12-01", true)]
    [InlineData("2027-02-01", false)]
    [InlineData("01.12.2026", false)]
    public void Date_is_iso_and_within_range(string value, bool valid) =>
        Assert.Equal(valid, Check(Field("day", FieldType.Date, new() { MinDate = new(2026, 12, 1), MaxDate = new(2026, 12, 31) }), value).IsValid);

    [Fact]
    public void Choice_must_be_one_of_the_options()
    {
        var field = Field("topic", FieldType.DropDown, options: ["services", "other"]);
        Assert.True(Check(field, "services").IsValid);
        Assert.False(Check(field, "<script>").IsValid);
        Assert.False(Check(field, "services", "other").IsValid);
    }

    [Fact]
    public void Multiple_choice_takes_several_known_options()
    {
        var field = Field("areas", FieldType.MultipleChoice, options: ["culture", "youth"]);
        Assert.Equal(["culture", "youth"], Check(field, "culture", "youth").Values["areas"]);
        Assert.False(Check(field, "culture", "war").IsValid);
    }

    [Fact]
    public void Required_consent_must_be_given_and_is_stored_as_true()
    {
        var field = Field("consent", FieldType.Consent, new() { Required = true });
        Assert.False(Check(field).IsValid);
        Assert.False(Check(field, "false").IsValid);
        Assert.Equal(["true"], Check(field, "on").Values["consent"]);
    }

    [Fact]
    public void Hidden_field_gets_its_default()
    {
        var field = Field("campaign", FieldType.Hidden) with { DefaultValue = "forum-2026" };
        Assert.Equal(["forum-2026"], Check(field).Values["campaign"]);
    }

    [Fact]
    public void Unknown_aliases_and_headings_are_dropped()
    {
        var schema = OnePage(Field("intro", FieldType.Heading), Field("name", FieldType.ShortText));
        var result = FormValidator.Validate(schema, "en", Values(("name", "Olena"), ("intro", "x"), ("isAdmin", "true")));
        Assert.True(result.IsValid);
        Assert.Equal(["name"], result.Values.Keys);
    }

    [Fact]
    public void Value_for_a_field_hidden_by_a_condition_is_rejected_naming_it()
    {
        var schema = Contact();
        var result = FormValidator.Validate(schema, "en", Values(
            ("name", "Olena"), ("email", "olena@lviv.ua"), ("topic", "services"), ("topicOther", "sneaked in"), ("message", "Hello there"), ("consent", "true")));
        Assert.Equal(["topicOther"], result.Errors.Keys);
        Assert.Contains("hidden", result.Errors["topicOther"][0]);
    }

    [Fact]
    public void Required_applies_only_to_visible_fields()
    {
        var schema = Contact();
        var hidden = FormValidator.Validate(schema, "en", Values(("name", "Olena"), ("email", "olena@lviv.ua"), ("topic", "services"), ("message", "Hello there"), ("consent", "true")));
        var shown = FormValidator.Validate(schema, "en", Values(("name", "Olena"), ("email", "olena@lviv.ua"), ("topic", "other"), ("message", "Hello there"), ("consent", "true")));
        Assert.True(hidden.IsValid);
        Assert.Equal(["topicOther"], shown.Errors.Keys);
    }

    [Fact]
    public void Only_page_checks_the_fields_of_that_page()
    {
        var schema = new FormSchema
        {
            Pages = [new(new("1", "1"), [Field("a", FieldType.ShortText, new() { Required = true })]), new(new("2", "2"), [Field("b", FieldType.ShortText, new() { Required = true })])],
        };
        Assert.True(FormValidator.Validate(schema, "en", Values(("a", "x")), onlyPage: 0).IsValid);
        Assert.Equal(["b"], FormValidator.Validate(schema, "en", Values(("a", "x"))).Errors.Keys);
    }

    [Fact]
    public void File_type_is_decided_by_bytes_not_by_name()
    {
        var schema = OnePage(Field("doc", FieldType.FileUpload, new() { AllowedFileTypes = ["pdf", "png"] }));
        IReadOnlyDictionary<string, IReadOnlyList<PostedFile>> Files(byte[] head) =>
            new Dictionary<string, IReadOnlyList<PostedFile>> { ["doc"] = [new PostedFile("scan.pdf", 100, head)] };
        Assert.True(FormValidator.Validate(schema, "en", Values(), Files(PdfHead)).IsValid);
        Assert.True(FormValidator.Validate(schema, "en", Values(), Files(PngHead)).IsValid);
        Assert.False(FormValidator.Validate(schema, "en", Values(), Files(ExeHead)).IsValid);
    }

    [Fact]
    public void File_over_the_size_limit_is_rejected()
    {
        var schema = OnePage(Field("doc", FieldType.FileUpload, new() { MaxFileBytes = 1024 }));
        var files = new Dictionary<string, IReadOnlyList<PostedFile>> { ["doc"] = [new PostedFile("scan.pdf", 1025, PdfHead)] };
        Assert.Contains("larger", FormValidator.Validate(schema, "en", Values(), files).Errors["doc"][0]);
    }
}
