using SisterCities.Cms.Sites;

namespace SisterCities.Tests.Sites;

public sealed class SiteUrlPrinterTests
{
    [Fact]
    public void Plain_http_address_is_preferred_and_any_bound_host_is_printed_as_localhost() =>
        Assert.Equal(("http", 5000), SiteUrlPrinter.LocalOrigin(["https://[::]:5001", "http://0.0.0.0:5000"]));

    [Fact]
    public void Https_only_server_prints_https() =>
        Assert.Equal(("https", 7043), SiteUrlPrinter.LocalOrigin(["https://localhost:7043"]));

    [Fact]
    public void No_address_prints_nothing() =>
        Assert.Null(SiteUrlPrinter.LocalOrigin([]));
}
