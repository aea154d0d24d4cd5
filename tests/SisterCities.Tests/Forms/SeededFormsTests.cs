using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Forms;

public sealed class SeededFormsTests
{
    [Fact]
    public async Task Demo_network_ships_the_three_forms_and_every_city_site_shows_them()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Cms:SeedDemoNetwork"] = "true", ["Forms:RunBackgroundJobs"] = "false" });
        var client = app.CreateClient();

        var keys = await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormDefinition>().Select(f => f.Key).ToListAsync());
        var lviv = await app.WithScopeAsync(async sp => await sp.GetRequiredService<SiteDirectory>().FindByKeyAsync("lviv", default));
        var host = Assert.IsType<SiteSummary>(lviv).Hostnames[0];
        client.BaseAddress = new Uri($"http://{host}/");
        var page = await client.GetAsync($"/forms/{FormSeeder.ContactCityHall}");

        Assert.Equal([FormSeeder.ContactCityHall, FormSeeder.ProposePartnership, FormSeeder.RegisterForEvent], keys.Order());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ім’я та прізвище", await page.Content.ReadAsStringAsync());
    }
}
