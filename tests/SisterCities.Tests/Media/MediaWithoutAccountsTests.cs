using System.Net;
using SisterCities.Cms.Media;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Media;

public sealed class MediaWithoutAccountsTests
{
    [Fact]
    public async Task Backoffice_media_api_is_closed_when_no_sign_in_scheme_exists_yet()
    {
        using var app = CmsAppFactory.Sqlite();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(MediaLibraryEndpoints.Route)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(), "x.png"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/umbraco/delivery/api/v2/media/item/{Guid.NewGuid()}")).StatusCode);
    }
}
