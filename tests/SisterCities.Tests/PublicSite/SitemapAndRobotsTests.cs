using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SisterCities.Cms.Findable;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

public sealed class SitemapAndRobotsTests(TwoCityNetwork network) : IClassFixture<TwoCityNetwork>
{
    private static readonly XNamespace Sm = SitemapDocument.Namespace;
    private static readonly XNamespace Xhtml = SitemapDocument.XhtmlNamespace;

    /// <summary>Pages of features (not content) every site has; tested by their features.</summary>
    private static readonly string[] FeaturePages = ["/sister-cities", "/catalog", "/events", "/events/archive", "/accessibility", "/privacy"];

    [Fact]
    public async Task Sitemap_lists_every_published_item_in_every_culture_with_lastmod_and_hreflang_alternates()
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync("/sitemap.xml");
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var urls = sitemap.Root!.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value);
        Assert.Contains("http://lviv.localhost/", urls.Keys);
        Assert.Contains("http://lviv.localhost/en/", urls.Keys);
        Assert.Contains("http://lviv.localhost/news/tram-timetable", urls.Keys);
        Assert.Contains("http://lviv.localhost/archive/item-12", urls.Keys);
        Assert.Contains("http://lviv.localhost/family-certificate", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("budget-draft", StringComparison.Ordinal) || u.Contains("withdrawn", StringComparison.Ordinal));
        Assert.DoesNotContain(urls.Keys, u => u.Contains("saltivka", StringComparison.Ordinal));
        Assert.Equal(1 + 1 + 2 + 2 + 1 + 1 + 1 + 1 + TwoCityNetwork.ArchiveArticles, urls.Count(u => !FeaturePages.Any(f => u.Key.EndsWith(f, StringComparison.Ordinal))));

        var fair = urls["http://lviv.localhost/en/news/craft-fair"];
        Assert.True(DateTimeOffset.TryParse(fair.Element(Sm + "lastmod")!.Value, out _));
        var alternates = fair.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://lviv.localhost/news/craft-fair", alternates["uk"]);
        Assert.Equal("http://lviv.localhost/en/news/craft-fair", alternates["en"]);
        Assert.Empty(urls["http://lviv.localhost/news/tram-timetable"].Elements(Xhtml + "link"));
    }

    [Fact]
    public async Task Sitemap_is_valid_against_the_sitemaps_org_schema()
    {
        var xml = await network.Client(RealCity.Lviv.Host).GetStringAsync("/sitemap.xml");
        var schemas = new XmlSchemaSet();
        var folder = Path.Combine(RepoPaths.RepoRoot, "tests", "SisterCities.Tests", "PublicSite", "Schemas");
        schemas.Add(SitemapDocument.Namespace, Path.Combine(folder, "sitemap.xsd"));
        schemas.Add(SitemapDocument.XhtmlNamespace, Path.Combine(folder, "xhtml-link.xsd"));
        var errors = new List<string>();

        XDocument.Parse(xml).Validate(schemas, (_, e) => errors.Add(e.Message));
        var broken = XDocument.Parse(xml.Replace("<lastmod>", "<lastmod>yesterday ", StringComparison.Ordinal));
        var brokenErrors = new List<string>();
        broken.Validate(schemas, (_, e) => brokenErrors.Add(e.Message));

        Assert.Empty(errors);
        Assert.NotEmpty(brokenErrors);
    }

    /// <summary>The same check with libxml2's validator (tests/run.sh installs xmllint), through a schema that imports both.</summary>
    [Fact]
    public async Task Sitemap_is_valid_for_xmllint_too()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sitemap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var schemas = Path.Combine(RepoPaths.RepoRoot, "tests", "SisterCities.Tests", "PublicSite", "Schemas");
            var wrapper = Path.Combine(folder, "both.xsd");
            await File.WriteAllTextAsync(wrapper, $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                  <xsd:import namespace="{SitemapDocument.Namespace}" schemaLocation="{new Uri(Path.Combine(schemas, "sitemap.xsd"))}"/>
                  <xsd:import namespace="{SitemapDocument.XhtmlNamespace}" schemaLocation="{new Uri(Path.Combine(schemas, "xhtml-link.xsd"))}"/>
                </xsd:schema>
                """);
            var sitemap = Path.Combine(folder, "sitemap.xml");
            await File.WriteAllTextAsync(sitemap, await network.Client(RealCity.Lviv.Host).GetStringAsync("/sitemap.xml"));

            using var xmllint = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("xmllint", ["--noout", "--nonet", "--schema", wrapper, sitemap])
            {
                RedirectStandardError = true,
            })!;
            var report = await xmllint.StandardError.ReadToEndAsync();
            await xmllint.WaitForExitAsync();

            Assert.True(xmllint.ExitCode == 0, report);
            Assert.Contains("validates", report, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sitemap_under_the_development_prefix_keeps_the_prefix_in_every_url()
    {
        var sitemap = XDocument.Parse(await network.Client("localhost").GetStringAsync("/s/kharkiv/sitemap.xml"));

        var locations = sitemap.Descendants(Sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains("http://localhost/s/kharkiv/news/saltivka-school", locations);
        Assert.All(locations, l => Assert.StartsWith("http://localhost/s/kharkiv/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_allows_the_site_points_to_its_sitemap_and_keeps_crawlers_out_of_private_areas()
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Disallow: /backoffice", lines);
        Assert.Contains("Disallow: /business", lines);
        Assert.Contains("Disallow: /api", lines);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Sitemap: http://lviv.localhost/sitemap.xml", lines);
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/feed.rss")]
    [InlineData("/en/feed.atom")]
    public async Task Head_request_is_answered_like_get(string path)
    {
        var response = await network.Client(RealCity.Lviv.Host).SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Host_without_a_site_gets_robots_and_a_sitemap_of_the_landing_page_only()
    {
        var client = network.Client("unknown.example.org");

        var robots = await client.GetStringAsync("/robots.txt");
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        Assert.Contains("Sitemap: http://unknown.example.org/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Equal(["http://unknown.example.org/"], sitemap.Descendants(Sm + "loc").Select(l => l.Value));
    }
}
