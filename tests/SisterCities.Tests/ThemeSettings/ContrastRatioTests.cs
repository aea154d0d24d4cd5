using SisterCities.Cms.ThemeSettings;

namespace SisterCities.Tests.ThemeSettings;

public sealed class ContrastRatioTests
{
    [Theory]
    [InlineData("#000000", "#ffffff", "21.00:1")]
    [InlineData("#ffffff", "#ffffff", "1.00:1")]
    [InlineData("#777777", "#ffffff", "4.47:1")]
    [InlineData("#0b3d78", "#ffffff", "10.75:1")]
    [InlineData("#FFFFFF", "#0B3D78", "10.75:1")]
    public void Ratio_follows_the_WCAG_relative_luminance_formula(string first, string second, string expected) =>
        Assert.Equal(expected, ContrastRatio.Format(ContrastRatio.Between(first, second)));

    [Fact]
    public void Grey_that_is_almost_enough_on_white_is_refused_with_its_measured_ratio()
    {
        var problem = PrimaryColourUsage.Problem("#777777");

        Assert.NotNull(problem);
        Assert.Contains("contrast 4.47:1, needs at least 4.5:1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Blue_fine_on_white_is_refused_for_the_Heritage_gold_shield()
    {
        Assert.True(ContrastRatio.Between("#2e5e8e", "#ffffff") >= 4.5);

        var problem = PrimaryColourUsage.Problem("#2e5e8e");

        Assert.NotNull(problem);
        Assert.Contains("#e3c16f", problem, StringComparison.Ordinal);
        Assert.Contains("contrast 3.90:1, needs at least 4.5:1", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#0b3d78")]
    [InlineData("#5e1621")]
    [InlineData("#7a1f2b")]
    public void Dark_brand_colours_pass_every_pair(string colour) => Assert.Null(PrimaryColourUsage.Problem(colour));

    [Theory]
    [InlineData("0b3d78")]
    [InlineData("#0b3d7")]
    [InlineData("#0b3d7g")]
    [InlineData("red")]
    [InlineData(null)]
    public void Only_hash_and_six_hex_digits_are_a_colour(string? value) => Assert.False(ContrastRatio.IsHexColour(value));
}
