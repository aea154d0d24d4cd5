using SisterCities.Cms.Partnerships.Portal;
using SisterCities.Tests.Catalog;

namespace SisterCities.Tests.Partnerships.Portal;

public sealed class PortalCultureTests
{
    [Theory]
    [InlineData(null, null, "en")]
    [InlineData("uk", null, "uk")]
    [InlineData("uk;q=0, en;q=0.2", null, "en")]
    [InlineData("uk;q=0", null, "en")]
    [InlineData("de, en;q=0.4, uk;q=0.9", null, "uk")]
    [InlineData("en;q=0.7, uk;q=0.7", null, "en")]
    [InlineData("uk;q=0.7, en;q=0.7", null, "uk")]
    [InlineData("en-GB, uk;q=0.5", null, "en")]
    [InlineData("en", "?culture=uk", "uk")]
    [InlineData("uk", "?culture=de", "uk")]
    public void Portal_language_honours_quality_values_after_the_query(string? acceptLanguage, string? query, string expected) =>
        Assert.Equal(expected, PortalCulture.Of(CatalogCultureTests.Request(acceptLanguage, query)));
}
