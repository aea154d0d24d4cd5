using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Import;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

public sealed class PartnershipMapTests
{
    [Fact]
    public async Task A_citys_map_is_a_self_contained_svg_naming_its_real_partners()
    {
        using var app = CmsAppFactory.Sqlite();
        await app.WithScopeAsync(async sp =>
        {
            await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv());
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            await sp.GetRequiredService<TwinTownImport>().ImportFileAsync(Path.Combine(RepoPaths.OpenData, "twin-towns.csv"), default);
        });

        var response = await app.CreateClient().GetAsync("/api/v1/sites/lviv/partnerships/map.svg?culture=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";

        var labels = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains(labels, l => l.StartsWith("Wrocław", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Kraków", StringComparison.Ordinal));
        Assert.Contains("Lublin", svg.Descendants(ns + "desc").Single().Value, StringComparison.Ordinal);
        Assert.Equal("img", svg.Root!.Attribute("role")?.Value);
        // Lviv's oblast is highlighted among the 27 outlines of the shipped boundaries.
        Assert.Contains(svg.Descendants(ns + "path"), p => p.Attribute("fill")?.Value == "#1f5fa8");
        // Nothing refers outside the file: no links, images or scripts.
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "image" or "script" or "use" or "a");
        Assert.DoesNotContain("http://", svg.ToString().Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_city_has_no_map()
    {
        using var app = CmsAppFactory.Sqlite();
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/api/v1/sites/atlantis/partnerships/map.svg")).StatusCode);
    }
}
