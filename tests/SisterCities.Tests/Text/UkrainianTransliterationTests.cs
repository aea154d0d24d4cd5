using SisterCities.Cms.Text;

namespace SisterCities.Tests.Text;

/// <summary>Examples from the table of KMU resolution No. 55 of 27 January 2010.</summary>
public sealed class UkrainianTransliterationTests
{
    [Theory]
    [InlineData("Алушта", "Alushta")]
    [InlineData("Згорани", "Zghorany")]
    [InlineData("Розгон", "Rozghon")]
    [InlineData("Єнакієве", "Yenakiieve")]
    [InlineData("Гаєвич", "Haievych")]
    [InlineData("Короп’є", "Koropie")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Кадиївка", "Kadyivka")]
    [InlineData("Мар’їне", "Marine")]
    [InlineData("Йосипівка", "Yosypivka")]
    [InlineData("Стрий", "Stryi")]
    [InlineData("Олексій", "Oleksii")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Корюківка", "Koriukivka")]
    [InlineData("Яготин", "Yahotyn")]
    [InlineData("Костянтин", "Kostiantyn")]
    [InlineData("Знам’янка", "Znamianka")]
    [InlineData("Феодосія", "Feodosiia")]
    [InlineData("Щербухи", "Shcherbukhy")]
    [InlineData("Гоща", "Hoshcha")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Запоріжжя", "Zaporizhzhia")]
    [InlineData("Рахів", "Rakhiv")]
    [InlineData("Біла Церква", "Bila Tserkva")]
    [InlineData("Львів", "Lviv")]
    [InlineData("Київ", "Kyiv")]
    public void Official_examples_transliterate_as_the_resolution_shows(string cyrillic, string latin) =>
        Assert.Equal(latin, UkrainianTransliteration.ToLatin(cyrillic));

    [Fact]
    public void Position_rule_applies_to_each_word_of_a_phrase() =>
        Assert.Equal("Yablunivka Yizhakivka Ivanivka", UkrainianTransliteration.ToLatin("Яблунівка Їжаківка Іванівка"));

    [Fact]
    public void Every_apostrophe_variant_inside_a_word_is_dropped()
    {
        foreach (var apostrophe in new[] { "'", "’", "ʼ", "`", "‘" })
        {
            Assert.Equal("Miaso", UkrainianTransliteration.ToLatin("М" + apostrophe + "ясо"));
        }
    }
}
