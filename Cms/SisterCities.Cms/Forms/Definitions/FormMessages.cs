namespace SisterCities.Cms.Forms.Definitions;

/// <summary>Validation messages shown to visitors, in Ukrainian and English.</summary>
internal static class FormMessages
{
    public static string Required(string c, string label) => c == "uk" ? $"Заповніть поле «{label}»." : $"Please fill in “{label}”.";

    public static string ConsentRequired(string c) => c == "uk" ? "Потрібна ваша згода." : "Your consent is required.";

    public static string HiddenByCondition(string c) => c == "uk"
        ? "Це поле приховане за вашими відповідями; воно має бути порожнім."
        : "This field is hidden by your other answers; it must be empty.";

    public static string OneValue(string c) => c == "uk" ? "Очікується одне значення." : "Only one value is expected.";

    public static string TooShort(string c, int n) => c == "uk" ? $"Щонайменше {n} символів." : $"At least {n} characters.";

    public static string TooLong(string c, int n) => c == "uk" ? $"Не більше {n} символів." : $"At most {n} characters.";

    public static string Pattern(string c) => c == "uk" ? "Значення має неправильний формат." : "The value is not in the expected format.";

    public static string PatternTimeout(string c) => c == "uk" ? "Значення не вдалося перевірити." : "The value could not be checked.";

    public static string Email(string c) => c == "uk" ? "Введіть адресу ел. пошти, напр. name@example.com." : "Enter an e-mail address such as name@example.com.";

    public static string Phone(string c) => c == "uk" ? "Введіть номер телефону, напр. +380 32 123 4567." : "Enter a phone number such as +380 32 123 4567.";

    public static string Number(string c) => c == "uk" ? "Введіть число." : "Enter a number.";

    public static string Range(string c, decimal? min, decimal? max) => c == "uk"
        ? $"Число від {min?.ToString() ?? "−∞"} до {max?.ToString() ?? "∞"}."
        : $"A number from {min?.ToString() ?? "−∞"} to {max?.ToString() ?? "∞"}.";

    public static string Date(string c) => c == "uk" ? "Введіть дату у форматі РРРР-ММ-ДД." : "Enter a date as YYYY-MM-DD.";

    public static string DateRange(string c, DateOnly? min, DateOnly? max) => c == "uk"
        ? $"Дата від {min?.ToString("yyyy-MM-dd") ?? "…"} до {max?.ToString("yyyy-MM-dd") ?? "…"}."
        : $"A date from {min?.ToString("yyyy-MM-dd") ?? "…"} to {max?.ToString("yyyy-MM-dd") ?? "…"}.";

    public static string UnknownOption(string c) => c == "uk" ? "Оберіть один із запропонованих варіантів." : "Choose one of the options offered.";

    public static string FileType(string c, IEnumerable<string> kinds) => c == "uk"
        ? $"Дозволені типи файлів: {string.Join(", ", kinds).ToUpperInvariant()}."
        : $"Allowed file types: {string.Join(", ", kinds).ToUpperInvariant()}.";

    public static string FileSize(string c, long max) => c == "uk"
        ? $"Файл більший за {max / 1024} КБ."
        : $"The file is larger than {max / 1024} KB.";
}
