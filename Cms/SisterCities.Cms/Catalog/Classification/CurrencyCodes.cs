using System.Collections.Frozen;
using System.Globalization;

namespace SisterCities.Cms.Catalog.Classification;

/// <summary>
/// ISO 4217 currency codes as known to the platform's ICU data (every currency of a country's locale), which
/// covers the currencies investors and exporters quote in (UAH, EUR, USD, PLN, GBP, …).
/// </summary>
public static class CurrencyCodes
{
    private static readonly FrozenSet<string> Known = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c =>
        {
            try
            {
                return new RegionInfo(c.Name).ISOCurrencySymbol;
            }
            catch (ArgumentException)
            {
                return null;
            }
        })
        .OfType<string>()
        .Where(s => s.Length == 3 && s.All(char.IsAsciiLetterUpper))
        .Append("UAH").Append("EUR").Append("USD")
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsValid(string? code) => code is not null && Known.Contains(code);
}
