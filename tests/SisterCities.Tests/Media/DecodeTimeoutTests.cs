using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Media;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Media;

public sealed class DecodeTimeoutTests
{
    [Fact]
    public async Task Image_whose_decode_runs_out_of_time_is_refused_and_pdfs_still_upload()
    {
        using var root = CmsAppFactory.Sqlite();
        using var app = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new ExpiredTimersClock());
            services.AddTestScheme<TestAuthHandler>(TestAuthHandler.SchemeName);
        }));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-User", "editor");
        client.DefaultRequestHeaders.Add("X-Test-Roles", MediaFolderAccess.NetworkAdminRole);

        var image = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.JpegWithGps(), "slow.jpg"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, image.StatusCode);
        Assert.Contains("took longer", await image.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var pdf = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.PdfWithHtml(), "plan.pdf"));
        Assert.Equal(HttpStatusCode.Created, pdf.StatusCode);
    }
}
