using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Tests.Partnerships;

/// <summary>Sites of real hromadas, with codes from the official codifier (katottg-2025-07-02.csv).</summary>
internal static class RealSites
{
    public static Site Lviv() => new()
    {
        Key = "lviv",
        NameUk = "Львів",
        NameEn = "Lviv",
        KatottgCode = "UA46060250000025047",
        OblastCode = "UA46000000000026241",
        OblastNameUk = "Львівська",
        OblastNameEn = "Lvivska Oblast",
        Hostnames = [new SiteHostname { Hostname = "lviv.localhost" }],
    };

    public static Site Odesa() => new()
    {
        Key = "odesa",
        NameUk = "Одеса",
        NameEn = "Odesa",
        KatottgCode = "UA51100270000073549",
        OblastCode = "UA51000000000030770",
        OblastNameUk = "Одеська",
        OblastNameEn = "Odeska Oblast",
        Hostnames = [new SiteHostname { Hostname = "odesa.localhost" }],
    };

    public static Site Kharkiv() => new()
    {
        Key = "kharkiv",
        NameUk = "Харків",
        NameEn = "Kharkiv",
        KatottgCode = "UA63120270000028556",
        OblastCode = "UA63000000000041885",
        OblastNameUk = "Харківська",
        OblastNameEn = "Kharkivska Oblast",
        Hostnames = [new SiteHostname { Hostname = "kharkiv.localhost" }],
    };

    public static Site Lutsk() => new()
    {
        Key = "lutsk",
        NameUk = "Луцьк",
        NameEn = "Lutsk",
        KatottgCode = "UA07080170000013585",
        OblastCode = "UA07000000000024379",
        OblastNameUk = "Волинська",
        OblastNameEn = "Volynska Oblast",
        Hostnames = [new SiteHostname { Hostname = "lutsk.localhost" }],
    };

    public static Site Kyiv() => new()
    {
        Key = "kyiv",
        NameUk = "Київ",
        NameEn = "Kyiv",
        KatottgCode = "UA80000000000093317",
        OblastCode = "UA80000000000093317",
        OblastNameUk = "Київ",
        OblastNameEn = "Kyiv",
        Hostnames = [new SiteHostname { Hostname = "kyiv.localhost" }],
    };

    public static Site IvanoFrankivsk() => new()
    {
        Key = "ivano-frankivsk",
        NameUk = "Івано-Франківська",
        NameEn = "Ivano-Frankivska",
        KatottgCode = "UA26040190000081578",
        OblastCode = "UA26000000000069363",
        OblastNameUk = "Івано-Франківська",
        OblastNameEn = "Ivano-Frankivska Oblast",
        Hostnames = [new SiteHostname { Hostname = "ivano-frankivsk.localhost" }],
    };

    public static Site Zhytomyr() => new()
    {
        Key = "zhytomyr",
        NameUk = "Житомирська",
        NameEn = "Zhytomyrska",
        KatottgCode = "UA18040190000029215",
        OblastCode = "UA18000000000041385",
        OblastNameUk = "Житомирська",
        OblastNameEn = "Zhytomyrska Oblast",
        Hostnames = [new SiteHostname { Hostname = "zhytomyr.localhost" }],
    };

    public static async Task<List<Site>> AddAsync(CmsDbContext db, params Site[] sites)
    {
        db.AddRange(sites);
        await db.SaveChangesAsync();
        return [.. sites];
    }
}
