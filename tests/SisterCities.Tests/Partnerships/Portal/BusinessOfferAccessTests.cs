using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog.Portal;

namespace SisterCities.Tests.Partnerships.Portal;

/// <summary>IDOR over every route of the portal's offers and matches pages, read from the app's endpoints.</summary>
public sealed class BusinessOfferAccessTests
{
    private static readonly string[] ExpectedRoutes =
    [
        "GET business/{businessId:guid}/matches",
        "GET business/{businessId:guid}/offers",
        "GET business/{businessId:guid}/offers/new",
        "GET business/{businessId:guid}/offers/{offerId:guid}",
        "POST business/{businessId:guid}/offers/new",
        "POST business/{businessId:guid}/offers/{offerId:guid}",
        "POST business/{businessId:guid}/offers/{offerId:guid}/expire",
        "POST business/{businessId:guid}/offers/{offerId:guid}/withdraw",
    ];

    [Fact]
    public async Task Another_businesses_offers_and_matches_are_404_on_every_route_and_nothing_of_them_changes()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var ownerA = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var ownerB = await PortalTestData.ConfirmedUserAsync(bed, "b@firma.example");
        var a = await BusinessOfferTestData.BusinessAsync(bed, ownerA, 321, "Test: business A");
        var b = await BusinessOfferTestData.BusinessAsync(bed, ownerB, 322, "Test: business B");
        var offerA = await BusinessOfferTestData.OfferAsync(bed, a.Id, "Test: offer of A");
        var offerB = await BusinessOfferTestData.OfferAsync(bed, b.Id, "Test: offer of B");
        var before = await BusinessOfferTestData.StoredAsync(bed, offerB.Key);
        var client = await PortalTestData.SignInAsync(bed, "a@firma.example");

        var routes = bed.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.Contains("/offers", StringComparison.Ordinal) || raw.Contains("/matches", StringComparison.Ordinal))
                        && raw.StartsWith("business/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!,
                Anonymous: e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .ToList();
        Assert.Equal(ExpectedRoutes, routes.Select(r => $"{r.Method} {r.Pattern}").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(routes, r => r.Anonymous);

        // B's business with B's offer, and B's offer smuggled under A's own business.
        (Guid Business, Guid Offer)[] targets = [(b.Id, offerB.Key), (a.Id, offerB.Key)];
        (string, string)[] fields = [("Direction", "Offer"), ("Topic", "trade"), ("Area", "economy"), ("TitleUk", "Т"), ("TitleEn", "Test: taken over"),
            ("ExpiresOn", "2099-01-01"), ("Published", "true")];
        var failures = new List<string>();
        foreach (var (method, pattern, _) in routes)
        {
            foreach (var (business, offer) in targets)
            {
                if (business == a.Id && !pattern.Contains("{offerId", StringComparison.Ordinal))
                {
                    continue; // A's own list, form and matches are A's to use.
                }

                var url = "/" + pattern.Replace("{businessId:guid}", business.ToString(), StringComparison.Ordinal).Replace("{offerId:guid}", offer.ToString(), StringComparison.Ordinal);
                var response = method == "GET" ? await client.GetAsync(url) : await client.PostAsync(url, fields);
                if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"{method} {url} → {(int)response.StatusCode}");
                }

                Assert.DoesNotContain("Test: offer of B", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Empty(failures);
        var after = await BusinessOfferTestData.StoredAsync(bed, offerB.Key);
        Assert.Equal(
            (before.TitleEn, before.ExpiresOn, before.Published, before.WithdrawnAt, before.BusinessKey, before.Direction),
            (after.TitleEn, after.ExpiresOn, after.Published, after.WithdrawnAt, after.BusinessKey, after.Direction));
        Assert.Single(await BusinessOfferTestData.OffersOfAsync(bed, b.Id));
        Assert.Single(await BusinessOfferTestData.OffersOfAsync(bed, a.Id));
        Assert.Equal(0, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().CountAsync(e => e.Subject == offerB.Key.ToString())));

        // A's own offer under A's route works, so the refusals above are about ownership, not a broken route.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/business/{a.Id}/offers/{offerA.Key}")).StatusCode);
    }
}
