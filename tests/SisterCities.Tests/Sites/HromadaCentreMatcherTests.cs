using SisterCities.Cms.Sites.Import;

namespace SisterCities.Tests.Sites;

public sealed class HromadaCentreMatcherTests
{
    [Theory]
    [InlineData("Львівська", "Львів")]
    [InlineData("Харківська", "Харків")]
    [InlineData("Запорізька", "Запоріжжя")]
    [InlineData("Дніпровська", "Дніпро")]
    [InlineData("Одеська", "Одеса")]
    [InlineData("Житомирська", "Житомир")]
    [InlineData("Кропивницька", "Кропивницький")]
    [InlineData("Хмельницька", "Хмельницький")]
    [InlineData("Луцька", "Луцьк")]
    [InlineData("Прилуцька", "Прилуки")]
    [InlineData("Криворізька", "Кривий Ріг")]
    [InlineData("Жовтоводська", "Жовті Води")]
    [InlineData("Чорноморська", "Чорноморськ")]
    [InlineData("Ічнянська", "Ічня")]
    [InlineData("Жмеринська", "Жмеринка")]
    [InlineData("Волноваська", "Волноваха")]
    [InlineData("Мукачівська", "Мукачево")]
    [InlineData("Іллінецька", "Іллінці")]
    [InlineData("Великоновосілківська", "Велика Новосілка")]
    [InlineData("Кам’янець-Подільська", "Кам’янець-Подільський")]
    public void Adjectival_hromada_name_matches_its_centre(string hromada, string centre) =>
        Assert.True(HromadaCentreMatcher.Matches(hromada, centre));

    [Theory]
    [InlineData("Львівська", "Харків")]
    [InlineData("Новомосковська", "Самар")]
    [InlineData("Червоноградська", "Шептицький")]
    [InlineData("Андріївська", "Андрушівка")]
    public void Unrelated_names_do_not_match(string hromada, string settlement) =>
        Assert.False(HromadaCentreMatcher.Matches(hromada, settlement));

    [Fact]
    public void The_first_listed_matching_settlement_wins_over_a_later_namesake()
    {
        var (name, category, match) = HromadaCentreMatcher.Choose("Іллінецька", [("Іллінці", "M"), ("Іллінецьке", "C")]);

        Assert.Equal(("Іллінці", "M", CentreMatch.NameMatch), (name, category, match));
    }

    [Fact]
    public void Without_a_match_the_first_listed_settlement_is_the_centre()
    {
        var (name, _, match) = HromadaCentreMatcher.Choose("Новомосковська", [("Самар", "M"), ("Орлівщина", "C")]);

        Assert.Equal(("Самар", CentreMatch.FirstListedSettlement), (name, match));
    }

    [Fact]
    public void A_hromada_without_settlements_is_named_after_itself() =>
        Assert.Equal(CentreMatch.HromadaName, HromadaCentreMatcher.Choose("Пристолична", []).Match);
}
