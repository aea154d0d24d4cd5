using SisterCities.Cms.Catalog.Classification;

namespace SisterCities.Tests.Catalog;

public sealed class EdrpouTests
{
    // Public codes of state companies and banks, as published in the state register (ЄДР) and quoted in public code:
    // 20077720 NJSC Naftogaz of Ukraine, 40075815 JSC Ukrzaliznytsia, 21560045 JSC Ukrposhta, 14360570 JSC CB PrivatBank,
    // 00032129 JSC Oschadbank, 24584661 NNEGC Energoatom, 00100227 NPC Ukrenergo, 00135390 PJSC Ukrnafta.
    [Theory]
    [InlineData("20077720")] // below 30,000,000: weights 1..7
    [InlineData("14360570")]
    [InlineData("00032129")] // leading zeros
    [InlineData("00100227")]
    [InlineData("21560045")]
    [InlineData("24584661")]
    [InlineData("00135390")]
    [InlineData("40075815")] // between 30,000,000 and 60,000,000: weights 7,1,2,3,4,5,6
    public void Published_codes_of_state_companies_are_valid(string code) => Assert.True(Edrpou.IsValid(code));

    [Theory]
    [InlineData("20077721")] // Naftogaz with a wrong control digit
    [InlineData("40075816")] // Ukrzaliznytsia with a wrong control digit
    [InlineData("14360571")]
    [InlineData("2007772")] // seven digits
    [InlineData("200777200")] // nine digits
    [InlineData("2007772O")] // letter O for zero
    [InlineData("２００７７７２０")] // full-width digits are not ASCII digits
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_or_miscalculated_codes_are_invalid(string? code) => Assert.False(Edrpou.IsValid(code));

    [Fact]
    public void Second_pass_with_weights_raised_by_two_decides_when_the_first_remainder_is_ten()
    {
        // 2113335: 2·1+1·2+1·3+3·4+3·5+3·6+5·7 = 87, 87 mod 11 = 10 → second pass 2·3+1·4+1·5+3·6+3·7+3·8+5·9 = 123, mod 11 = 2.
        Assert.Equal(2, Edrpou.ControlDigit("21133350"));
        Assert.True(Edrpou.IsValid("21133352"));
        Assert.False(Edrpou.IsValid("21133350"));
    }

    [Fact]
    public void A_remainder_of_ten_on_the_second_pass_gives_control_digit_zero()
    {
        var found = Enumerable.Range(0, 200_000)
            .Select(i => (1_000_000 + i).ToString("D7", System.Globalization.CultureInfo.InvariantCulture))
            .First(first7 => FirstAndSecondRemainders(first7) == (10, 10));
        Assert.Equal(0, Edrpou.ControlDigit(found + "0"));
        Assert.True(Edrpou.IsValid(found + "0"));
    }

    [Fact]
    public void Weights_switch_at_thirty_and_sixty_million()
    {
        // The same seven digits give different control digits on either side of each boundary.
        Assert.NotEqual(Edrpou.ControlDigit("29999990"), Edrpou.ControlDigit("30000000"));
        // 3000000 with 7,1,2,…: 3·7 = 21, mod 11 = 10 → second pass 3·9 = 27, mod 11 = 5.
        Assert.Equal(5, Edrpou.ControlDigit("30000000"));
        // 2999999 with 1..7: 2+18+27+36+45+54+63 = 245, mod 11 = 3.
        Assert.Equal(3, Edrpou.ControlDigit("29999990"));
        // 6000001 is above 60,000,000: back to 1..7: 6·1 + 1·7 = 13, mod 11 = 2.
        Assert.Equal(2, Edrpou.ControlDigit("60000010"));
    }

    private static (int, int) FirstAndSecondRemainders(string first7) =>
        (Sum(first7, [1, 2, 3, 4, 5, 6, 7]) % 11, Sum(first7, [3, 4, 5, 6, 7, 8, 9]) % 11);

    private static int Sum(string digits, int[] weights) => digits.Select((c, i) => (c - '0') * weights[i]).Sum();
}
