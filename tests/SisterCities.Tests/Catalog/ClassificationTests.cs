using SisterCities.Cms.Catalog.Classification;

namespace SisterCities.Tests.Catalog;

public sealed class ClassificationTests
{
    private static readonly KvedClassification Kved = KvedClassification.LoadFromOutput();

    [Fact]
    public void The_shipped_file_holds_the_21_sections_and_88_divisions_of_KVED_2010()
    {
        Assert.Equal(21, Kved.Sections.Count);
        Assert.Equal(88, Kved.All.Count(e => e.Level == KvedLevel.Division));
        Assert.Equal("A", Kved.Sections[0].Code);
        Assert.Equal("U", Kved.Sections[^1].Code);
    }

    [Theory]
    [InlineData("62", "J")] // computer programming
    [InlineData("01", "A")]
    [InlineData("10", "C")] // food products
    [InlineData("35", "D")]
    [InlineData("99", "U")]
    public void A_division_knows_its_section(string division, string section)
    {
        Assert.True(Kved.IsDivision(division));
        Assert.Equal(section, Kved.SectionOf(division));
    }

    [Theory]
    [InlineData("04")] // not used in NACE Rev. 2
    [InlineData("4")]
    [InlineData("62.01")] // a class: not loaded at this level yet
    [InlineData("V")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_codes_are_not_divisions(string? code) => Assert.False(Kved.IsDivision(code));

    [Fact]
    public void Names_with_commas_inside_quotes_are_read_whole()
    {
        var a = Kved.Find("A")!;
        Assert.Equal("Сільське господарство, лісове господарство та рибне господарство", a.NameUk);
        Assert.Equal("Agriculture, forestry and fishing", a.NameEn);
    }

    [Fact]
    public void The_country_list_has_the_249_officially_assigned_codes()
    {
        Assert.Equal(249, IsoCountries.EnglishNames.Count);
        Assert.All(IsoCountries.EnglishNames.Keys, k => Assert.Matches("^[A-Z]{2}$", k));
    }

    [Theory]
    [InlineData("UA", true)]
    [InlineData("PL", true)]
    [InlineData("AX", true)]
    [InlineData("UK", false)] // the United Kingdom is GB
    [InlineData("XK", false)] // user-assigned, not official
    [InlineData("EU", false)]
    [InlineData("ua", false)] // validation is exact; input is normalised first
    [InlineData(null, false)]
    public void Country_codes_are_validated_against_the_standard(string? code, bool valid) =>
        Assert.Equal(valid, IsoCountries.IsValid(code));

    [Theory]
    [InlineData("UAH", true)]
    [InlineData("EUR", true)]
    [InlineData("USD", true)]
    [InlineData("PLN", true)]
    [InlineData("XYZ", false)]
    [InlineData("uah", false)]
    public void Currency_codes_are_ISO_4217(string code, bool valid) => Assert.Equal(valid, CurrencyCodes.IsValid(code));
}
