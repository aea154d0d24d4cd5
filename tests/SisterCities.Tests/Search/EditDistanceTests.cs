using SisterCities.Cms.Search;

namespace SisterCities.Tests.Search;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("kharkiv", "kharkiv", 0)]
    [InlineData("kharkov", "kharkiv", 1)] // substitution
    [InlineData("lviv", "lvivv", 1)] // insertion
    [InlineData("odesa", "odessa", 1)]
    [InlineData("poltava", "polatva", 1)] // neighbours swapped count once
    [InlineData("житомир", "житомер", 1)]
    [InlineData("kyiv", "kiev", 2)]
    [InlineData("", "abc", 3)]
    public void Counts_the_fewest_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, 5));
        Assert.Equal(expected, EditDistance.Bounded(b, a, 5));
    }

    [Theory]
    [InlineData("zaporizhzhia", "zhytomyr")]
    [InlineData("lviv", "lvivska")]
    public void Gives_up_past_the_bound(string a, string b) => Assert.Equal(3, EditDistance.Bounded(a, b, 2));
}
