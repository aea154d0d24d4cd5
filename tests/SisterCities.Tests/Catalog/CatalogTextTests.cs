using SisterCities.Cms.Catalog;

namespace SisterCities.Tests.Catalog;

public sealed class CatalogTextTests
{
    [Fact]
    public void A_line_is_trimmed_and_loses_control_and_format_characters()
    {
        var errors = new CatalogErrors();
        Assert.Equal("Test: ТОВ «Сонце»", CatalogText.Line(errors, "name", "  Test:\u200B ТОВ\t«Сонце»\u0000\r\n", 200));
        Assert.False(errors.Any);
    }

    [Fact]
    public void Text_is_stored_in_NFC_so_the_same_name_compares_equal()
    {
        var errors = new CatalogErrors();
        var decomposed = "Ки\u0438\u0306в"; // и + combining breve
        Assert.Equal("Ки\u0439в", CatalogText.Line(errors, "name", decomposed, 200)); // precomposed й
    }

    [Fact]
    public void A_block_keeps_line_breaks_and_normalises_CRLF()
    {
        var errors = new CatalogErrors();
        Assert.Equal("first\nsecond", CatalogText.Block(errors, "description", "first\r\nsecond", 100));
        Assert.Equal("first\nsecond", CatalogText.Block(errors, "description", "first\rsecond", 100));
    }

    [Fact]
    public void Limits_count_characters_after_cleaning()
    {
        var errors = new CatalogErrors();
        Assert.Equal(new string('я', 200), CatalogText.Line(errors, "name", "  " + new string('я', 200) + "  ", 200));
        Assert.False(errors.Any);
        Assert.Null(CatalogText.Line(errors, "name", new string('я', 201), 200));
        Assert.True(errors.Any);
    }

    [Theory]
    [InlineData("office@example.org", true)]
    [InlineData("office@example", false)]
    [InlineData("a b@example.org", false)]
    [InlineData("<script>@example.org", false)]
    public void Email_addresses_are_checked(string value, bool valid) => Assert.Equal(valid, CatalogText.IsEmail(value));
}
