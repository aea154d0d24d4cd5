using SisterCities.Cms.Forms.Workflows;

namespace SisterCities.Tests.Forms;

public sealed class EntryTextTests
{
    [Fact]
    public void Subject_template_fills_placeholders_and_cannot_be_split_into_extra_headers()
    {
        var values = new Dictionary<string, IReadOnlyList<string>> { ["name"] = ["Olena\r\nBcc: spam@example.com"] };

        var subject = EntryText.Fill("{form} — {field:name} ({site}, {date})", "Contact", "Львів", FormsHarness.Start, values);

        Assert.Equal("Contact — Olena Bcc: spam@example.com (Львів, 2026-11-29 10:00 UTC)", subject);
    }

    [Fact]
    public void Choices_are_shown_by_their_label_in_the_culture()
    {
        var field = Schemas.Field("areas", Cms.Forms.Definitions.FieldType.MultipleChoice, options: ["culture", "youth"]);

        Assert.Equal("culture (uk), youth (uk)", EntryText.Display(field, ["culture", "youth"], "uk"));
    }
}
