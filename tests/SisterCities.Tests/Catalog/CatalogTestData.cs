using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Tests.Catalog;

/// <summary>
/// Real municipalities for the catalog tests (codes from Cms/SisterCities.Cms/OpenData/katottg-2025-07-02.csv) and builders
/// for registration requests. Test businesses are named "Test: …" so nobody mistakes them for real companies.
/// </summary>
internal static class CatalogTestData
{
    /// <summary>Lviv urban hromada, KATOTTG UA46060250000025047.</summary>
    public const string LvivKatottg = "UA46060250000025047";

    /// <summary>Kharkiv urban hromada, KATOTTG UA63120270000028556.</summary>
    public const string KharkivKatottg = "UA63120270000028556";

    public sealed record NetworkSites(int Lviv, int Kharkiv);

    public static async Task<NetworkSites> SeedSitesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var lviv = new Site
        {
            Key = "lviv",
            NameUk = "Львівська міська громада",
            NameEn = "Lviv City Hromada",
            KatottgCode = LvivKatottg,
            OblastCode = "UA46000000000026241",
            OblastNameUk = "Львівська",
            OblastNameEn = "Lviv",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var kharkiv = new Site
        {
            Key = "kharkiv",
            NameUk = "Харківська міська громада",
            NameEn = "Kharkiv City Hromada",
            KatottgCode = KharkivKatottg,
            OblastCode = "UA63000000000041885",
            OblastNameUk = "Харківська",
            OblastNameEn = "Kharkiv",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.AddRange(lviv, kharkiv);
        await db.SaveChangesAsync();
        services.GetRequiredService<SiteDirectory>().Invalidate();
        return new NetworkSites(lviv.Id, kharkiv.Id);
    }

    /// <summary>A syntactically valid EDRPOU made from <paramref name="seed"/> with the official control digit.</summary>
    public static string ValidEdrpou(int seed)
    {
        var first7 = (2_000_000 + seed).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        return first7 + Edrpou.ControlDigit(first7 + "0");
    }

    public static BusinessRegistrationRequest Ukrainian(string edrpou, string siteKey = "lviv", string name = "Test: Lviv IT cluster member", params string[] kved) => new()
    {
        LegalName = name,
        DisplayName = name,
        CountryCode = "UA",
        Edrpou = edrpou,
        SiteKey = siteKey,
        ContactEmail = "office@example.org",
        ContactPhone = "+380 32 000 00 00",
        SizeBand = BusinessSizeBand.Small,
        FoundedYear = 2015,
        KvedCodes = kved.Length == 0 ? ["62"] : [.. kved],
        Texts = new()
        {
            ["uk"] = new BusinessText { Tagline = "Тестовий запис", Description = "Тестовий запис для автоматичних тестів, не справжня компанія." },
            ["en"] = new BusinessText { Tagline = "Test record", Description = "A test record for automated tests, not a real company." },
        },
    };

    public static BusinessRegistrationRequest Foreign(string country = "PL", string city = "Wrocław", string name = "Test: foreign partner") => new()
    {
        LegalName = name,
        CountryCode = country,
        ForeignRegistrationNumber = "0000000000",
        ForeignCity = city,
        ContactEmail = "partner@example.org",
        SizeBand = BusinessSizeBand.Medium,
        KvedCodes = ["10"],
        ExportMarkets = ["UA", "DE"],
        Texts = new() { ["en"] = new BusinessText { Tagline = "Test record", Description = "A test record, not a real company." } },
    };

    /// <summary>Registers <paramref name="request"/> for <paramref name="owner"/> and, if asked, verifies it as a network admin.</summary>
    public static async Task<Business> RegisterAsync(IServiceProvider services, BusinessRegistrationRequest request, string owner = "owner-1", VerificationState state = VerificationState.Verified, string? reason = null)
    {
        await using var scope = services.CreateAsyncScope();
        var registration = scope.ServiceProvider.GetRequiredService<BusinessRegistration>();
        var result = await registration.RegisterAsync(TestActor.User(owner), request, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}"))));
        var moderation = scope.ServiceProvider.GetRequiredService<BusinessModeration>();
        var admin = TestActor.NetworkAdmin("network-admin");
        var id = result.Value!.Id;
        CatalogResult<Business>? moved = state switch
        {
            VerificationState.Verified => await moderation.VerifyAsync(admin, id, CancellationToken.None),
            VerificationState.Rejected => await moderation.RejectAsync(admin, id, reason ?? "Documents missing", CancellationToken.None),
            VerificationState.Suspended => await SuspendAsync(moderation, admin, id),
            _ => null,
        };
        Assert.True(moved?.Succeeded ?? true);
        return moved?.Value ?? result.Value;
    }

    private static async Task<CatalogResult<Business>> SuspendAsync(BusinessModeration moderation, ICatalogActor admin, Guid id)
    {
        await moderation.VerifyAsync(admin, id, CancellationToken.None);
        return await moderation.SuspendAsync(admin, id, "Complaint under review", CancellationToken.None);
    }
}
