using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SisterCities.Cms.Localization;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Localization;

public sealed class CmsLocalizationTests
{
    [Theory]
    [InlineData("uk", "Мова інтерфейсу")]
    [InlineData("uk-UA", "Мова інтерфейсу")]
    [InlineData("en", "Interface language")]
    [InlineData("en-GB", "Interface language")]
    [InlineData("de", "Мова інтерфейсу")] // a language without resources falls back to Ukrainian, never to English
    public void Resources_are_Ukrainian_first_with_English_beside_them(string culture, string expected)
    {
        using var app = CmsAppFactory.Sqlite();
        var text = app.Services.GetRequiredService<IStringLocalizer<LanguageText>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var value = text["InterfaceLanguage"];
            Assert.False(value.ResourceNotFound);
            Assert.Equal(expected, value.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
