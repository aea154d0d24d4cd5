using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

public sealed class PortalAccessTests
{
    private static readonly (string Name, string Value)[] PlausibleFields =
    [
        ("DisplayName", "Test: taken over"), ("ContactEmail", "attacker@evil.example"), ("KvedCodes", "62"), ("TaglineUk", "x"), ("SizeBand", "Small"),
        ("NameUk", "Test: injected"), ("KvedCode", "62"), ("Kind", "Product"), ("TitleUk", "Test: injected"), ("Sector", "J"), ("Stage", "Idea"), ("Status", "Open"),
        ("email", "attacker@evil.example"), ("role", "Owner"), ("message", "Test reply from an attacker"),
    ];

    [Fact]
    public async Task Manager_of_one_business_gets_403_or_404_on_every_portal_route_of_another()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var ownerA = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var ownerB = await PortalTestData.ConfirmedUserAsync(bed, "b@firma.example");
        await PortalTestData.ConfirmedUserAsync(bed, "attacker@evil.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, ownerA, 201);
        var b = await PortalTestData.BusinessWithRecordsAsync(bed, ownerB, 202);
        var client = await PortalTestData.SignInAsync(bed, "a@firma.example");
        var routes = PortalRouteTable.All(bed).Where(r => r.Pattern.Contains("{businessId", StringComparison.Ordinal)).ToList();
        Assert.True(routes.Count >= 20, $"Only {routes.Count} business routes found: the endpoint enumeration is broken.");

        // B's ids under B's route, and B's child ids smuggled under A's own route.
        var targets = new[]
        {
            Values(b.BusinessId, b, ownerB),
            Values(a.BusinessId, b, ownerB),
        };
        var failures = new List<string>();
        foreach (var route in routes)
        {
            foreach (var values in targets)
            {
                if (values["businessId"] == a.BusinessId.ToString() && route.Pattern.Count(c => c == '{') == 1)
                {
                    continue; // A's own top-level pages are A's to use.
                }

                var url = PortalRouteTable.Fill(route.Pattern, values);
                var response = route.Method == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, PlausibleFields);
                if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"{route.Method} {url} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
        await AssertUntouchedAsync(bed, b, ownerB);
    }

    [Fact]
    public async Task Every_portal_route_except_sign_up_and_sign_in_needs_a_signed_in_account()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 203);
        var anonymous = PortalTestData.Anonymous(bed);
        var routes = PortalRouteTable.All(bed);
        Assert.Equal(
            [
                "GET business/confirm", "GET business/forgot-password", "GET business/reset-password", "GET business/sign-in", "GET business/sign-up",
                "POST business/forgot-password", "POST business/reset-password", "POST business/sign-in", "POST business/sign-up",
            ],
            routes.Where(r => r.AllowsAnonymous).Select(r => $"{r.Method} {r.Pattern}").Order(StringComparer.Ordinal));

        var failures = new List<string>();
        foreach (var route in routes.Where(r => !r.AllowsAnonymous))
        {
            var url = PortalRouteTable.Fill(route.Pattern, Values(a.BusinessId, a, owner));
            var response = route.Method == "GET" ? await anonymous.GetAsync(url) : await anonymous.PostAsync(url, PlausibleFields);
            var toSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.StartsWith("/business/sign-in", StringComparison.Ordinal);
            if (!toSignIn && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest))
            {
                failures.Add($"{route.Method} {url} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        await AssertUntouchedAsync(bed, a, owner);
    }

    [Fact]
    public async Task Posts_without_an_antiforgery_token_are_refused_with_400()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 204);
        var client = await PortalTestData.SignInAsync(bed, "a@firma.example");
        var posts = PortalRouteTable.All(bed).Where(r => r.Method == "POST").ToList();

        var failures = new List<string>();
        foreach (var route in posts)
        {
            var url = PortalRouteTable.Fill(route.Pattern, Values(a.BusinessId, a, owner));
            var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(PlausibleFields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"POST {url} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        await AssertUntouchedAsync(bed, a, owner);
    }

    private static Dictionary<string, string> Values(Guid businessId, PortalTestData.Seeded children, string userId) => new()
    {
        ["businessId"] = businessId.ToString(),
        ["itemId"] = children.ItemId.ToString(),
        ["projectId"] = children.ProjectId.ToString(),
        ["inquiryId"] = children.InquiryId.ToString(),
        ["mediaKey"] = Guid.NewGuid().ToString(),
        ["userId"] = userId,
        ["offerId"] = Guid.NewGuid().ToString(),
    };

    private static Task AssertUntouchedAsync(BackofficeTestBed bed, PortalTestData.Seeded seeded, string ownerId) => bed.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var business = await db.Set<Business>().Include(x => x.Managers).SingleAsync(x => x.Id == seeded.BusinessId);
        Assert.StartsWith("Test: business", business.DisplayName, StringComparison.Ordinal);
        Assert.Equal("office@example.org", business.ContactEmail);
        Assert.Equal(ownerId, Assert.Single(business.Managers).UserId);
        Assert.Equal("Тестова послуга", (await db.Set<ShowroomItem>().SingleAsync(i => i.Id == seeded.ItemId)).Texts["uk"].Name);
        Assert.Single(await db.Set<ShowroomItem>().Where(i => i.BusinessId == seeded.BusinessId).ToListAsync());
        Assert.Equal("Тестовий проєкт", (await db.Set<InvestmentProject>().SingleAsync(p => p.Id == seeded.ProjectId)).Texts["uk"].Title);
        var inquiry = await db.Set<Inquiry>().SingleAsync(i => i.Id == seeded.InquiryId);
        Assert.Null(inquiry.ReadAt);
        Assert.Null(inquiry.RepliedAt);
        Assert.Equal(0, await db.Set<SisterCities.Cms.Notifications.OutboxMail>().CountAsync());
    });
}
