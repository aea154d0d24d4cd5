using System.Net;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.Security;

namespace SisterCities.Tests.PublicSite;

public sealed class PublicSiteRenderingTests(TwoCityNetwork network) : IClassFixture<TwoCityNetwork>
{
    [Fact]
    public async Task Each_site_shows_its_own_name_and_news_by_host()
    {
        var lviv = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/"));
        var lvivNews = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/news"));
        var kharkiv = await Html.ReadAsync(await network.Client(RealCity.Kharkiv.Host).GetAsync("/"));
        var kharkivNews = await Html.ReadAsync(await network.Client(RealCity.Kharkiv.Host).GetAsync("/news"));

        Assert.Equal("Львів", lviv.QuerySelector("h1")!.TextContent);
        Assert.Equal("Львів", lviv.QuerySelector(".brand__name")!.TextContent);
        Assert.Equal(["Оновлено розклад трамваїв", "Ярмарок ремесел на площі Ринок"], lvivNews.Texts(".teaser__title").Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Харків", kharkiv.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Відновлення школи на Салтівці"], kharkiv.Texts(".teaser__title"));
        Assert.Equal(["Відновлення школи на Салтівці"], kharkivNews.Texts(".teaser__title"));
        Assert.DoesNotContain("Салтівці", lviv.Body!.TextContent + lvivNews.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_shows_oblast_intro_latest_news_newest_first_services_and_a_link_to_all_news()
    {
        var page = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/"));

        Assert.Equal("Львів", page.Title);
        Assert.Contains("Львівська область", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Офіційний сайт Львівської", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        var teasers = page.Texts(".teaser__title");
        Assert.Equal(5, teasers.Count);
        Assert.Equal("Архівна новина 12", teasers[0]);
        Assert.Equal("/news", page.Attr("a.more", "href"));
        Assert.Contains("Довідка про склад сім'ї", page.Texts(".link-list a"));
        Assert.Equal("/family-certificate", page.Attr(".link-list a", "href"));
    }

    [Fact]
    public async Task Another_sites_article_is_not_found_through_this_sites_host()
    {
        var kharkiv = network.Client(RealCity.Kharkiv.Host);
        var lviv = network.Client(RealCity.Lviv.Host);

        Assert.Equal(HttpStatusCode.OK, (await kharkiv.GetAsync("/news/saltivka-school")).StatusCode);
        var leaked = await lviv.GetAsync("/news/saltivka-school");
        Assert.Equal(HttpStatusCode.NotFound, leaked.StatusCode);
        Assert.DoesNotContain("Салтівці", await leaked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown.example.org")]
    [InlineData("localhost")]
    public async Task Host_without_a_site_gets_the_network_landing_page_listing_every_city(string host)
    {
        var response = await network.Client(host).GetAsync("/");
        var page = await Html.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SisterCities", page.Title);
        var links = page.QuerySelectorAll("#city-list li a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal(["Львів", "Харків"], links.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Львівська область", page.QuerySelector("#city-list")!.TextContent, StringComparison.Ordinal);
        if (host == "localhost")
        {
            Assert.Equal("http://lviv.localhost/", links["Львів"]);
        }
        else
        {
            Assert.Equal("/s/lviv/", links["Львів"]);
        }

        Assert.Null(page.QuerySelector("script:not([src])"));
        Assert.StartsWith("/_content/SisterCities.Themes.Default/landing.js?v=", page.Attr("script[src]", "src"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kharkiv")]
    [InlineData("kharkiv")]
    [InlineData("ХАРКІВ")]
    [InlineData("харк")]
    public async Task Landing_search_finds_a_city_by_its_ukrainian_or_latin_name(string query)
    {
        var page = await Html.ReadAsync(await network.Client("localhost").GetAsync("/?q=" + Uri.EscapeDataString(query)));

        var visible = page.QuerySelectorAll("#city-list li:not([hidden]) a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Харків"], visible);
        Assert.Equal(query, page.Attr("#city-search", "value"));
        Assert.Contains("1", page.QuerySelector("#city-search-status")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/news/saltivka-school")]
    [InlineData("/anything")]
    [InlineData("/s/nowhere/")]
    public async Task Unknown_path_on_a_host_without_a_site_is_a_404_never_city_content(string path)
    {
        var response = await network.Client("unknown.example.org").GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(UiText.Ukrainian.NotFoundTitle, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Салтівці", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_prefix_serves_the_site_and_links_keep_the_prefix()
    {
        var client = network.Client("localhost");
        var page = await Html.ReadAsync(await client.GetAsync("/s/lviv/"));

        Assert.Equal("Львів", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/s/lviv/news", page.Attr("a.more", "href"));
        Assert.Equal("/s/lviv/en/", page.Attr(".languages a[hreflang=en]", "href"));
        Assert.All(page.QuerySelectorAll(".teaser__title a"), a => Assert.StartsWith("/s/lviv/archive/item-", a.GetAttribute("href"), StringComparison.Ordinal));

        var article = await client.GetAsync("/s/lviv/news/craft-fair");
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);

        var stylesheet = page.Attr("link[rel=stylesheet]", "href")!;
        Assert.StartsWith("/s/lviv/_content/SisterCities.Themes.Default/site.css?v=", stylesheet, StringComparison.Ordinal);
        var css = await client.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", css.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.True((await css.Content.ReadAsByteArrayAsync()).Length < 30 * 1024);
    }

    [Fact]
    public async Task English_page_has_lang_en_canonical_hreflang_alternates_and_a_language_switch()
    {
        var page = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/en/news/craft-fair"));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Craft fair on Rynok Square — Lviv", page.Title);
        Assert.Equal("http://lviv.localhost/en/news/craft-fair", page.Attr("link[rel=canonical]", "href"));
        Assert.Equal("http://lviv.localhost/news/craft-fair", page.Attr("link[rel=alternate][hreflang=uk]", "href"));
        Assert.Equal("http://lviv.localhost/en/news/craft-fair", page.Attr("link[rel=alternate][hreflang=en]", "href"));
        Assert.Equal("http://lviv.localhost/news/craft-fair", page.Attr("link[rel=alternate][hreflang=x-default]", "href"));
        Assert.Equal("/news/craft-fair", page.Attr(".languages a[hreflang=uk]", "href"));
        Assert.Equal(UiText.English.SkipToContent, page.QuerySelector("a.skip-link")!.TextContent);
    }

    [Fact]
    public async Task Language_switch_leads_to_the_other_cultures_home_when_the_item_is_not_translated()
    {
        var page = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/news/tram-timetable"));

        Assert.Equal("uk", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/en/", page.Attr(".languages a[hreflang=en]", "href"));
        Assert.Null(page.QuerySelector("link[rel=alternate][hreflang=en]"));
    }

    [Theory]
    [InlineData("/uk/news", "/news")]
    [InlineData("/uk", "/")]
    [InlineData("/uk/news?page=1", "/news?page=1")]
    public async Task Default_culture_prefix_redirects_to_the_unprefixed_url(string path, string location)
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/news/budget-draft")]
    [InlineData("/news/withdrawn")]
    [InlineData("/en/news/tram-timetable")]
    public async Task Drafts_unpublished_and_untranslated_items_are_not_found(string path)
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await Html.ReadAsync(response);
        Assert.NotNull(page.QuerySelector("header.site-header"));
    }

    [Fact]
    public async Task News_list_shows_ten_articles_per_page_newest_first_with_accessible_pagination()
    {
        var client = network.Client(RealCity.Lviv.Host);
        var first = await Html.ReadAsync(await client.GetAsync("/archive"));
        var second = await Html.ReadAsync(await client.GetAsync("/archive?page=2"));

        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(n => $"Архівна новина {n:00}"), first.Texts(".teaser__title"));
        Assert.Equal(["Архівна новина 02", "Архівна новина 01"], second.Texts(".teaser__title"));
        Assert.Equal(UiText.Ukrainian.Pagination, first.Attr("nav.pagination", "aria-label"));
        Assert.Equal("/archive?page=2", first.Attr("nav.pagination a[rel=next]", "href"));
        Assert.Equal("2", second.QuerySelector("nav.pagination a[aria-current=page]")!.TextContent);
        Assert.Equal("/archive", second.Attr("nav.pagination a[rel=prev]", "href"));
        Assert.Equal("http://lviv.localhost/archive?page=2", second.Attr("link[rel=canonical]", "href"));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    [InlineData("2147483647")]
    public async Task News_list_page_number_out_of_range_or_malformed_is_a_404(string pageNumber)
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync("/archive?page=" + pageNumber);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/pl/")]
    [InlineData("/pl/news")]
    [InlineData("/news/%F0%9F%A6%86-%E2%80%AE%CC%81")]
    [InlineData("/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8")]
    [InlineData("/news/%ED%A0%80")]
    [InlineData("/%FF%FE%25%25")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/en/%E2%80%8B")]
    public async Task Odd_paths_are_a_themed_404(string path)
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Contains(page.QuerySelector("h1")!.TextContent, new[] { UiText.Ukrainian.NotFoundTitle, UiText.English.NotFoundTitle });
    }

    [Fact]
    public async Task Very_long_path_is_a_themed_404()
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync("/" + string.Join('/', Enumerable.Repeat("дуже-довгий-шлях", 400)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(UiText.Ukrainian.NotFoundTitle, (await Html.ReadAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Pages_are_utf8_html_with_the_content_security_policy_and_landmarks()
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync("/about");
        var page = await Html.ReadAsync(response);

        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("a", page.QuerySelector("body > *")!.LocalName);
        Assert.Equal("#main", page.QuerySelector("body > *")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Null(page.QuerySelector("[style]"));
        Assert.Null(page.QuerySelector("style"));
        Assert.Equal("Про громаду", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("page", page.Attr("nav.menu a[href='/about']", "aria-current"));
        Assert.Equal("Герб: Львів", page.Attr("svg.coat", "aria-label"));
    }

    [Fact]
    public async Task News_article_shows_date_summary_body_tags_and_demo_badge()
    {
        var page = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/news/craft-fair"));

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", page.Attr("article time", "datetime"));
        Assert.Equal(UiText.Ukrainian.DemoContent, page.QuerySelector(".badge")!.TextContent);
        Assert.Equal("Майстри з усієї області.", page.QuerySelector(".lead")!.TextContent);
        Assert.Equal("Майстри з усієї області.", page.Attr("meta[name=description]", "content"));
        Assert.Equal("три дні", page.QuerySelector(".rich-text strong")!.TextContent);
        Assert.Equal(["ярмарок", "ремесла"], page.Texts(".tags li"));

        var notDemo = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/news/tram-timetable"));
        Assert.Null(notDemo.QuerySelector(".badge"));
    }

    [Fact]
    public async Task Service_page_shows_how_to_apply_and_the_online_service_link()
    {
        var page = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/family-certificate"));

        Assert.Equal("Довідка для субсидії чи пільг.", page.QuerySelector(".lead")!.TextContent);
        Assert.Equal(UiText.Ukrainian.HowToApply, page.QuerySelector("#how-to-apply")!.TextContent);
        Assert.Equal("https://diia.gov.ua/", page.Attr("a.button", "href"));
    }

    [Theory]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/backoffice", HttpStatusCode.Redirect)]
    [InlineData("/umbraco/delivery/api/v2/content/item/no-such-item", HttpStatusCode.NotFound)]
    [InlineData("/_content/SisterCities.Themes.Default/missing.css", HttpStatusCode.NotFound)]
    public async Task Reserved_paths_are_never_rendered_as_city_pages(string path, HttpStatusCode expected)
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync(path);

        // Each feature answers for its own paths (the backoffice sends anonymous users to sign in).
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("site-header", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
    [Fact]
    public async Task Landing_page_is_in_english_under_en_and_the_ukrainian_prefix_redirects()
    {
        var client = network.Client("localhost");
        var english = await Html.ReadAsync(await client.GetAsync("/en/"));
        var redirect = await client.GetAsync("/uk/");

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal(UiText.English.CitySearchLabel, english.QuerySelector("label[for=city-search]")!.TextContent);
        Assert.Equal(["Kharkiv", "Lviv"], english.QuerySelectorAll("#city-list li a").Select(a => a.TextContent));
        Assert.Equal("/en/", english.Attr("form[role=search]", "action"));
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/", redirect.Headers.Location!.OriginalString);
    }
}
