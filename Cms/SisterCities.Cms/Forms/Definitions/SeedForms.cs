using SisterCities.Cms.Partnerships;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>The schemas of the seeded forms, texts in Ukrainian and English.</summary>
internal static class SeedForms
{
    private static readonly LocalizedText PersonalData = new(
        "Я погоджуюся на обробку моїх персональних даних для розгляду цього звернення відповідно до Закону України «Про захист персональних даних».",
        "I agree to the processing of my personal data to handle this request, under the Law of Ukraine “On Personal Data Protection”.");

    public static FormSchema ContactCityHall() => new()
    {
        Pages =
        [
            new(new("Звернення", "Your message"),
            [
                Text("name", "Ім’я та прізвище", "Full name", required: true, max: 200),
                new() { Alias = "email", Type = FieldType.Email, Label = new("Ел. пошта", "E-mail"), Validation = new() { Required = true } },
                new() { Alias = "phone", Type = FieldType.Phone, Label = new("Телефон", "Phone"), Help = new("Необов’язково.", "Optional.") },
                new()
                {
                    Alias = "topic", Type = FieldType.DropDown, Label = new("Тема", "Topic"), Validation = new() { Required = true },
                    Options =
                    [
                        new("services", new("Адміністративні послуги", "Administrative services")),
                        new("utilities", new("Житлово-комунальні питання", "Housing and utilities")),
                        new("business", new("Підприємництво", "Doing business")),
                        new("other", new("Інше", "Other")),
                    ],
                },
                Text("topicOther", "Яка саме тема?", "Which topic?", required: true, max: 200) with
                {
                    Condition = new(ConditionAction.Show, ConditionLogic.All, [new("topic", ConditionOperator.Equals, "other")]),
                },
                new() { Alias = "message", Type = FieldType.LongText, Label = new("Повідомлення", "Message"), Validation = new() { Required = true, MinLength = 10, MaxLength = 5000 } },
                new() { Alias = "attachment", Type = FieldType.FileUpload, Label = new("Документ", "Document"), Help = new("JPEG, PNG або PDF до 5 МБ.", "JPEG, PNG or PDF up to 5 MB."), Validation = new() { MaxFileBytes = 5 * 1024 * 1024 } },
                Consent(),
            ]),
        ],
        Notification = null,
        RetentionDays = 365,
    };

    public static FormSchema ProposePartnership(string? teamEmail) => new()
    {
        Pages =
        [
            new(new("Ваше місто", "Your city"),
            [
                Text("city", "Місто-партнер", "Partner city", required: true, max: 200),
                Text("country", "Країна", "Country", required: true, max: 100),
                Text("contactName", "Контактна особа", "Contact person", required: true, max: 200),
                new() { Alias = "email", Type = FieldType.Email, Label = new("Ел. пошта", "E-mail"), Validation = new() { Required = true } },
            ]),
            new(new("Пропозиція", "Proposal"),
            [
                new()
                {
                    Alias = "areas", Type = FieldType.MultipleChoice, Label = new("Напрями співпраці", "Areas of cooperation"), Validation = new() { Required = true },
                    Options = CooperationAreas.All.Select(a => new FieldOption(a.Key, new(a.Value.Uk, a.Value.En))).ToList(),
                },
                new() { Alias = "proposal", Type = FieldType.LongText, Label = new("Що ви пропонуєте", "What you propose"), Validation = new() { Required = true, MinLength = 20, MaxLength = 5000 } },
                Consent(),
            ]),
        ],
        ShowSummaryPage = true,
        Notification = string.IsNullOrWhiteSpace(teamEmail)
            ? null
            : new([teamEmail], new("Пропозиція партнерства: {field:city} ({site})", "Partnership proposal: {field:city} ({site})")),
        DraftContent = new("page", null, null, "city", new Dictionary<string, string> { ["proposal"] = "summary" }),
        RetentionDays = 730,
    };

    public static FormSchema RegisterForEvent() => new()
    {
        Pages =
        [
            new(new("Реєстрація", "Registration"),
            [
                Text("name", "Ім’я та прізвище", "Full name", required: true, max: 200),
                Text("organisation", "Організація", "Organisation", required: false, max: 200),
                new() { Alias = "email", Type = FieldType.Email, Label = new("Ел. пошта", "E-mail"), Validation = new() { Required = true } },
                new()
                {
                    Alias = "participation", Type = FieldType.SingleChoice, Label = new("Формат участі", "How you take part"), Validation = new() { Required = true },
                    Options = [new("onsite", new("Особисто", "On site")), new("online", new("Онлайн", "Online"))],
                },
                new() { Alias = "guests", Type = FieldType.Number, Label = new("Кількість гостей", "Number of guests"), Validation = new() { Min = 0, Max = 5 } },
                new() { Alias = "eventId", Type = FieldType.Hidden, Label = new("Подія", "Event") },
                Consent(),
            ]),
        ],
        RetentionDays = 180,
    };

    private static FormField Text(string alias, string uk, string en, bool required, int max) =>
        new() { Alias = alias, Type = FieldType.ShortText, Label = new(uk, en), Validation = new() { Required = required, MaxLength = max } };

    private static FormField Consent() =>
        new() { Alias = "consent", Type = FieldType.Consent, Label = new("Згода", "Consent"), Text = PersonalData, Validation = new() { Required = true } };
}
