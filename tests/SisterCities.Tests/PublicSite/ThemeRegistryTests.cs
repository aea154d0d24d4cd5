using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Tests.PublicSite;

public sealed class ThemeRegistryTests
{
    private static readonly PublicTheme Default = new("Default", "/Views/Themes/Default", "/_content/SisterCities.Themes.Default");
    private static readonly PublicTheme Heritage = new("Heritage", "/Views/Themes/Heritage", "/_content/SisterCities.Themes.Heritage");

    [Theory]
    [InlineData("Heritage", "Heritage")]
    [InlineData("heritage", "Heritage")]
    [InlineData("Default", "Default")]
    [InlineData("Removed", "Default")]
    [InlineData(null, "Default")]
    public void Site_theme_name_picks_a_registered_theme_or_falls_back_to_default(string? name, string expected)
    {
        var registry = new ThemeRegistry([Default, Heritage]);

        Assert.Equal(expected, registry.For(name).Name);
    }

    [Fact]
    public void Theme_views_and_assets_live_under_the_themes_own_folders()
    {
        Assert.Equal("/Views/Themes/Heritage/NewsArticle.cshtml", Heritage.View(ThemeViewNames.NewsArticle));
        Assert.Equal("~/_content/SisterCities.Themes.Heritage/site.css", Heritage.Asset("site.css"));
        Assert.Equal(ThemeViewNames.Page, ThemeViewNames.ForContentType("someEditorType"));
    }

    [Fact]
    public void Missing_default_theme_is_a_clear_start_up_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ThemeRegistry([Heritage]).For("Nope"));

        Assert.Contains("AddDefaultTheme", error.Message, StringComparison.Ordinal);
    }
}
