using System.Text;
using SisterCities.Cms.OpenData;
using SisterCities.Cms.Sites.Import;

namespace SisterCities.Tests.Sites;

public sealed class KatottgCodifierReaderTests
{
    [Fact]
    public async Task Real_codifier_gives_the_1470_municipalities_outside_occupied_Crimea()
    {
        var reader = new KatottgCodifierReader();
        var records = new List<CodifierRecord>();
        await using (var stream = File.OpenRead(OpenDataFiles.Katottg))
        {
            await foreach (var record in reader.ReadAsync(stream, CancellationToken.None))
            {
                records.Add(record);
            }
        }

        var municipalities = records.OfType<CodifierHromada>().ToList();
        Assert.Empty(records.OfType<CodifierProblem>());
        Assert.Equal(1470, municipalities.Count);
        Assert.Equal(1469, municipalities.Count(m => !m.IsSpecialStatusCity));
        Assert.Single(municipalities, m => m.IsSpecialStatusCity);
        // 303 hromadas of the Autonomous Republic of Crimea and Sevastopol (a K row).
        Assert.Equal(304, reader.SkippedOccupied);
        Assert.DoesNotContain(municipalities, m => m.KatottgCode.StartsWith("UA01", StringComparison.Ordinal) || m.KatottgCode.StartsWith("UA85", StringComparison.Ordinal));
        Assert.Equal(municipalities.Count, municipalities.Select(m => m.KatottgCode).Distinct().Count());
        Assert.All(municipalities, m => Assert.Equal(m.HromadaNameUk.Trim(), m.HromadaNameUk));
    }

    [Fact]
    public async Task Centres_are_found_by_name_for_almost_every_hromada_and_the_rest_fall_back_to_the_first_listed_settlement()
    {
        var (sites, _) = await CodifierFixture.PlanAsync();
        var byMatch = sites.GroupBy(s => s.Source.CentreMatch).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(1418, byMatch[CentreMatch.NameMatch]);
        Assert.Equal(51, byMatch[CentreMatch.FirstListedSettlement]);
        Assert.Equal(1, byMatch[CentreMatch.SpecialStatusCity]);
        Assert.False(byMatch.ContainsKey(CentreMatch.HromadaName));
    }

    [Theory]
    [InlineData("Львівська", "Львівська", "Львів", "M", "Lviv", "lviv")]
    [InlineData("Харківська", "Харківська", "Харків", "M", "Kharkiv", "kharkiv")]
    [InlineData("Запорізька", "Запорізька", "Запоріжжя", "M", "Zaporizhzhia", "zaporizhzhia")]
    [InlineData("Дніпропетровська", "Дніпровська", "Дніпро", "M", "Dnipro", "dnipro")]
    [InlineData("Одеська", "Одеська", "Одеса", "M", "Odesa", "odesa")]
    [InlineData("Житомирська", "Житомирська", "Житомир", "M", "Zhytomyr", "zhytomyr")]
    [InlineData("Кіровоградська", "Кропивницька", "Кропивницький", "M", "Kropyvnytskyi", "kropyvnytskyi")]
    [InlineData("Хмельницька", "Хмельницька", "Хмельницький", "M", "Khmelnytskyi", "khmelnytskyi")]
    [InlineData("Миколаївська", "Миколаївська", "Миколаїв", "M", "Mykolaiv", "mykolaiv")]
    [InlineData("Волинська", "Луцька", "Луцьк", "M", "Lutsk", "lutsk")]
    [InlineData("Закарпатська", "Ужгородська", "Ужгород", "M", "Uzhhorod", "uzhhorod")]
    [InlineData("Донецька", "Донецька", "Донецьк", "M", "Donetsk", "donetsk")]
    [InlineData("Чернівецька", "Чернівецька", "Чернівці", "M", "Chernivtsi", "chernivtsi")]
    [InlineData("Івано-Франківська", "Івано-Франківська", "Івано-Франківськ", "M", "Ivano-Frankivsk", "ivano-frankivsk")]
    public async Task Oblast_centres_get_their_city_name_transliteration_and_plain_key(
        string oblast, string hromada, string centre, string category, string nameEn, string key)
    {
        var (sites, _) = await CodifierFixture.PlanAsync();
        var site = Assert.Single(sites, s => s.Source.OblastNameUk == oblast && s.HromadaNameUk == hromada && s.Source.CentreCategory == category);

        Assert.Equal(centre, site.NameUk);
        Assert.Equal(nameEn, site.NameEn);
        Assert.Equal(key, site.Key);
        Assert.True(site.IsOblastCentre);
        Assert.Equal(oblast + " область", site.OblastNameUk);
    }

    [Fact]
    public async Task Kyiv_is_a_municipality_with_its_own_oblast_name()
    {
        var (sites, _) = await CodifierFixture.PlanAsync();
        var kyiv = Assert.Single(sites, s => s.Key == "kyiv");

        Assert.Equal("Київ", kyiv.NameUk);
        Assert.Equal("Kyiv", kyiv.NameEn);
        Assert.Equal("UA80000000000093317", kyiv.KatottgCode);
        Assert.Equal("Kyiv City", kyiv.OblastNameEn);
        Assert.True(kyiv.IsOblastCentre);
        Assert.Equal("kyiv.localhost", kyiv.Hostname);
    }

    [Fact]
    public async Task Every_oblast_outside_Crimea_has_exactly_one_centre_and_keys_are_unique()
    {
        var (sites, _) = await CodifierFixture.PlanAsync();

        // 24 oblasts outside Crimea; Kyiv oblast's centre is Kyiv, a municipality (K) of its own.
        var centres = sites.Where(s => s.IsOblastCentre).ToList();
        Assert.Equal(24, centres.Count);
        Assert.Equal(24, centres.Select(c => c.OblastCode).Distinct().Count());
        Assert.DoesNotContain(centres, c => c.OblastNameUk == "Київська область");
        Assert.Equal(sites.Count, sites.Select(s => s.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(sites, s => Assert.InRange(s.Key.Length, 1, 64));
        Assert.All(sites, s => Assert.Matches("^[a-z0-9-]+$", s.Key));
    }

    [Fact]
    public async Task Namesakes_of_an_oblast_centre_get_the_oblast_appended()
    {
        var (sites, _) = await CodifierFixture.PlanAsync();

        // Миколаїв, Stryi raion of Lviv oblast, shares its name with the centre of Mykolaiv oblast.
        var namesake = Assert.Single(sites, s => s.NameUk == "Миколаїв" && !s.IsOblastCentre);
        Assert.Equal("mykolaiv-lvivska", namesake.Key);
        Assert.Equal("Lvivska Oblast", namesake.OblastNameEn);

        // Дунаївці is a city (M) and, in the same raion, a settlement (X) centring another hromada: the city keeps the key.
        Assert.Equal("dunaivtsi", Assert.Single(sites, s => s.HromadaNameUk == "Дунаєвецька").Key);
        Assert.Equal("dunaivtsi-khmelnytska", Assert.Single(sites, s => s.HromadaNameUk == "Новодунаєвецька").Key);
    }

    [Fact]
    public async Task Renamed_centres_come_from_the_first_listed_settlement()
    {
        var (sites, _) = await CodifierFixture.PlanAsync();

        var samar = Assert.Single(sites, s => s.HromadaNameUk == "Новомосковська");
        Assert.Equal("Самар", samar.NameUk);
        Assert.Equal(CentreMatch.FirstListedSettlement, samar.Source.CentreMatch);
    }

    [Fact]
    public async Task A_file_without_the_codifier_header_is_refused()
    {
        var reader = new KatottgCodifierReader();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("code,name\nUA1,x\n"));

        var error = await Assert.ThrowsAsync<CodifierFormatException>(async () =>
        {
            await foreach (var unused in reader.ReadAsync(stream, CancellationToken.None))
            {
            }
        });
        Assert.Contains("Line 1", error.Message, StringComparison.Ordinal);
    }
}
