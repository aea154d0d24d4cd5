using SisterCities.Cms.PublicSite;

namespace SisterCities.Tests.PublicSite;

public sealed class PublicPathTests
{
    private static readonly string[] Cultures = ["uk", "en"];

    [Theory]
    [InlineData("/", "uk", "/", false)]
    [InlineData("", "uk", "/", false)]
    [InlineData("/news/", "uk", "/news", false)]
    [InlineData("/en", "en", "/", false)]
    [InlineData("/en/", "en", "/", false)]
    [InlineData("/en/news/craft-fair", "en", "/news/craft-fair", false)]
    [InlineData("/uk/news", "uk", "/news", true)]
    [InlineData("/pl/news", "uk", "/pl/news", false)]
    [InlineData("/EN/news", "uk", "/EN/news", false)]
    [InlineData("/english", "uk", "/english", false)]
    public void Path_selects_culture_and_item_path(string path, string culture, string urlPath, bool redirect)
    {
        var parsed = PublicPath.Parse(path, Cultures, "uk");

        Assert.Equal(new PublicPath(culture, urlPath, redirect), parsed);
    }

    [Fact]
    public void Path_that_cannot_name_content_is_rejected()
    {
        // Built here rather than in [InlineData]: xunit's serialization replaces lone surrogates.
        foreach (var path in new[] { "/news/\u0001", "/news/\ud800x", "/news/x\udc00", "/news/\ud800" })
        {
            Assert.Null(PublicPath.Parse(path, Cultures, "uk"));
        }
    }

    [Fact]
    public void Path_longer_than_any_stored_path_is_rejected_but_emoji_pairs_are_fine()
    {
        Assert.Null(PublicPath.Parse("/" + new string('a', PublicPath.MaxLength), Cultures, "uk"));
        Assert.Equal("/\ud83e\udd86", PublicPath.Parse("/\ud83e\udd86", Cultures, "uk")!.UrlPath);
    }
}
