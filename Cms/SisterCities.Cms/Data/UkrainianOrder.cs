using System.Globalization;

namespace SisterCities.Cms.Data;

/// <summary>
/// Names sort in Ukrainian alphabetical order (А Б В Г Ґ Д Е Є Ж З И І Ї Й …), not in code-point order, which puts
/// Є, І, Ї before А and Ґ after Я. In memory use <see cref="Comparer"/>; in SQL, <c>EF.Functions.Collate(name,
/// db.UkrainianCollation)</c>: PostgreSQL has the ICU collation built in, SQLite gets one of the same name per
/// connection (<see cref="SqliteUnicodeText"/>).
/// </summary>
public static class UkrainianOrder
{
    public const string PostgresCollation = "uk-UA-x-icu";

    public const string SqliteCollation = "uk_UA";

    public static readonly StringComparer Comparer = StringComparer.Create(CultureInfo.GetCultureInfo("uk-UA"), ignoreCase: true);
}
