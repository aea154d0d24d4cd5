using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Catalog.PublicPages;

/// <summary>The public catalog pages: who is listed where, filters and paging, what the showroom HTML carries.</summary>
public sealed class CatalogPagesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_city_lists_only_its_own_verified_businesses_and_the_hub_lists_every_verified_one(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var data = await PublicCatalogData.SeedAsync(app);
        using var client = app.CreateClient();

        var city = await client.GetStringAsync("/s/lviv/en/catalog");
        Assert.Contains("Test: Львівська пекарня", city, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Pending mill", city, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Suspended brewery", city, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Kharkiv Soft", city, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Polish partner", city, StringComparison.Ordinal);
        Assert.Contains("Catalog of the whole network", city, StringComparison.Ordinal);

        var hub = await client.GetStringAsync("/en/catalog");
        foreach (var shown in new[] { "Test: Львівська пекарня", "Test: Kharkiv Soft", "Test: Polish partner" })
        {
            Assert.Contains(shown, hub, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Test: Pending mill", hub, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Suspended brewery", hub, StringComparison.Ordinal);

        // Unverified and suspended showrooms are 404 on the city and on the hub; another city's showroom is not Lviv's.
        foreach (var hidden in new[] { data.Pending, data.Suspended })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/s/lviv" + PublicCatalogData.ShowroomPath(hidden))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PublicCatalogData.ShowroomPath(hidden))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/s/lviv" + PublicCatalogData.ShowroomPath(data.KharkivSoft))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/s/kharkiv" + PublicCatalogData.ShowroomPath(data.KharkivSoft))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PublicCatalogData.ShowroomPath(data.Polish))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/s/lviv" + PublicCatalogData.ShowroomPath(data.LvivBakery))).StatusCode);

        // A path whose slug is not the business's is not its page.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/s/lviv/catalog/other-name-{data.LvivBakery.Id:D}")).StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task List_filters_narrow_the_catalog_and_bad_values_are_404(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await PublicCatalogData.SeedAsync(app);
        using var client = app.CreateClient();

        var polish = await client.GetStringAsync("/en/catalog?country=PL");
        Assert.Contains("Test: Polish partner", polish, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Kharkiv Soft", polish, StringComparison.Ordinal);
        Assert.Contains("<option value=\"PL\" selected=\"selected\">", polish, StringComparison.Ordinal);

        var software = await client.GetStringAsync("/en/catalog?activity=J");
        Assert.Contains("Test: Kharkiv Soft", software, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Львівська пекарня", software, StringComparison.Ordinal);

        var kharkiv = await client.GetStringAsync("/en/catalog?municipality=kharkiv");
        Assert.Contains("Test: Kharkiv Soft", kharkiv, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Polish partner", kharkiv, StringComparison.Ordinal);

        var exporting = await client.GetStringAsync("/en/catalog?export=yes");
        Assert.Contains("Test: Львівська пекарня", exporting, StringComparison.Ordinal);
        Assert.Contains("Test: Polish partner", exporting, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Kharkiv Soft", exporting, StringComparison.Ordinal);

        var projects = await client.GetStringAsync("/s/lviv/en/catalog/projects?activity=D");
        Assert.Contains("Test: project", projects, StringComparison.Ordinal);
        Assert.Contains("Found: 0", await client.GetStringAsync("/s/lviv/en/catalog/projects?activity=A"), StringComparison.Ordinal);

        foreach (var bad in new[] { "?activity=ZZ", "?country=XX1", "?municipality=atlantis", "?export=maybe", "?page=0", "?page=abc", "?page=2" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/catalog" + bad)).StatusCode);
        }
    }

    [Fact]
    public async Task Results_are_paged_with_links_that_keep_the_filters()
    {
        using var app = CmsAppFactory.Sqlite();
        await CatalogTestData.SeedSitesAsync(app.Services);
        for (var i = 0; i < CatalogListModel.PageSize + 2; i++)
        {
            await CatalogTestData.RegisterAsync(
                app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(100 + i), "lviv", $"Test: business {i:00}", "62"), owner: $"owner-{i}");
        }

        using var client = app.CreateClient();
        var first = await client.GetStringAsync("/s/lviv/en/catalog?activity=J");
        Assert.Contains("Found: 14", first, StringComparison.Ordinal);
        Assert.Contains("Test: business 00", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: business 13", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/s/lviv/en/catalog?activity=J&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync("/s/lviv/en/catalog?activity=J&page=2");
        Assert.Contains("Test: business 13", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: business 00", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/s/lviv/en/catalog?activity=J&page=3")).StatusCode);
    }

    [Fact]
    public async Task A_showroom_prints_no_email_or_phone_and_describes_itself_as_an_organization_with_offers()
    {
        using var app = CmsAppFactory.Sqlite();
        var data = await PublicCatalogData.SeedAsync(app);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/s/lviv/en" + PublicCatalogData.ShowroomPath(data.LvivBakery));
        Assert.Contains("Test: rye bread", html, StringComparison.Ordinal);
        Assert.Contains("100–200 EUR", html, StringComparison.Ordinal);
        foreach (var secret in new[] { PublicCatalogData.ContactEmail, PublicCatalogData.ContactPhone, "invest@example.org", "+380 32 111", "mailto:", "tel:" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }

        var organization = Assert.Single(PublicCatalogData.JsonLd(html));
        Assert.Equal("Organization", organization.GetProperty("@type").GetString());
        Assert.Equal("Test: Львівська пекарня", organization.GetProperty("name").GetString());
        var offer = organization.GetProperty("makesOffer")[0];
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal("Service", offer.GetProperty("itemOffered").GetProperty("@type").GetString());
        Assert.Equal(100m, offer.GetProperty("priceSpecification").GetProperty("minPrice").GetDecimal());
        Assert.Equal(200m, offer.GetProperty("priceSpecification").GetProperty("maxPrice").GetDecimal());
        Assert.Equal("EUR", offer.GetProperty("priceSpecification").GetProperty("priceCurrency").GetString());
        Assert.DoesNotContain("email", organization.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("telephone", organization.GetRawText(), StringComparison.OrdinalIgnoreCase);

        var project = await client.GetStringAsync($"/s/lviv/en/catalog/projects/{data.BakeryProject:D}");
        var projectData = Assert.Single(PublicCatalogData.JsonLd(project));
        Assert.Equal("Project", projectData.GetProperty("@type").GetString());
        Assert.Equal(1_500_000m, projectData.GetProperty("seeks").GetProperty("priceSpecification").GetProperty("price").GetDecimal());
        Assert.DoesNotContain("invest@example.org", project, StringComparison.Ordinal);
        Assert.DoesNotContain("+380 32 111", project, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inquiry_from_the_showroom_is_stored_and_answered_with_a_see_other_to_the_success_page()
    {
        using var app = CmsAppFactory.Sqlite();
        var data = await PublicCatalogData.SeedAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var path = "/s/lviv/en" + PublicCatalogData.ShowroomPath(data.LvivBakery);
        var token = PublicCatalogData.AntiforgeryToken(await client.GetStringAsync(path));

        var response = await client.PostAsync(path, Form(token, consent: true));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(path + "/inquiry-sent", response.Headers.Location?.ToString());
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Inquiry>().SingleAsync());
        Assert.Equal(data.LvivBakery.Id, stored.BusinessId);
        Assert.Equal("Rye for Wrocław", stored.Subject);
        Assert.StartsWith("I agree that the platform passes", stored.ConsentText, StringComparison.Ordinal);
        var sent = await client.GetAsync(path + "/inquiry-sent");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Inquiry sent", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_inquiry_comes_back_with_an_error_summary_and_nothing_is_stored()
    {
        using var app = CmsAppFactory.Sqlite();
        var data = await PublicCatalogData.SeedAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var path = "/s/lviv/en" + PublicCatalogData.ShowroomPath(data.LvivBakery);
        var token = PublicCatalogData.AntiforgeryToken(await client.GetStringAsync(path));

        var noConsent = await client.PostAsync(path, Form(token, consent: false));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noConsent.StatusCode);
        var html = await noConsent.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#inquiry-consentGiven\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Rye for Wrocław\"", html, StringComparison.Ordinal);

        var bot = await client.PostAsync(path, Form(token, consent: true, honeypot: "http://spam.example"));
        Assert.Equal(HttpStatusCode.BadRequest, bot.StatusCode);

        var noToken = await client.PostAsync(path, Form(null, consent: true));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        // A suspended business takes no inquiry: its page, and so its form, does not exist.
        var suspended = await client.PostAsync("/s/lviv/en" + PublicCatalogData.ShowroomPath(data.Suspended), Form(token, consent: true));
        Assert.Equal(HttpStatusCode.NotFound, suspended.StatusCode);

        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Inquiry>().CountAsync()));
    }

    [Fact]
    public async Task The_city_home_shows_local_businesses_only_when_it_has_some_and_the_sitemap_lists_showrooms()
    {
        using var app = CmsAppFactory.Sqlite();
        var data = await PublicCatalogData.SeedAsync(app);
        using var client = app.CreateClient();

        var lviv = await client.GetStringAsync("/s/lviv/en/");
        Assert.Contains("Local businesses and projects", lviv, StringComparison.Ordinal);
        Assert.Contains(PublicCatalogData.ShowroomPath(data.LvivBakery), lviv, StringComparison.Ordinal);
        Assert.Contains("href=\"/s/lviv/en/catalog\"", lviv, StringComparison.Ordinal);

        // Kharkiv's only business is verified, so it has the block; a city with none (after suspension) would not.
        Assert.DoesNotContain("Local businesses and projects", await client.GetStringAsync("/s/lviv/en/catalog/projects"), StringComparison.Ordinal);

        var sitemap = await client.GetStringAsync("/s/lviv/sitemap.xml");
        Assert.Contains(PublicCatalogData.ShowroomPath(data.LvivBakery), sitemap, StringComparison.Ordinal);
        Assert.Contains($"/catalog/projects/{data.BakeryProject:D}", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(data.Pending.Id.ToString("D"), sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(data.KharkivSoft.Id.ToString("D"), sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_without_businesses_has_no_catalog_block_on_its_home_page()
    {
        using var app = CmsAppFactory.Sqlite();
        await CatalogTestData.SeedSitesAsync(app.Services);
        using var client = app.CreateClient();

        var home = await client.GetAsync("/s/kharkiv/en/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("Local businesses and projects", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Found: 0", await client.GetStringAsync("/s/kharkiv/en/catalog"), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string? token, bool consent, string honeypot = "")
    {
        var fields = new Dictionary<string, string>
        {
            ["subject"] = "Rye for Wrocław",
            ["message"] = "We would like to buy rye bread for our shops. Test message.",
            ["fromName"] = "Test Buyer",
            ["fromEmail"] = "buyer@example.org",
            ["fromOrganisation"] = "Test: Wrocław shops",
            [CatalogInquiryEndpoints.HoneypotField] = honeypot,
        };
        if (consent)
        {
            fields["consentGiven"] = "true";
        }

        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(fields);
    }
}
