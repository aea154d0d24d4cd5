using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Catalog;

public sealed class CatalogOpenApiMetadataTests
{
    private static readonly string[] CatalogPaths =
        ["/api/v1/businesses", "/api/v1/showrooms", "/api/v1/projects", "/api/v1/classification", "/api/v1/inquiries"];

    [Fact]
    public void Every_catalog_endpoint_carries_a_summary_the_Catalog_tag_and_its_response_types()
    {
        using var app = CmsAppFactory.Sqlite();
        _ = app.Server;
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => CatalogPaths.Any(p => e.RoutePattern.RawText?.StartsWith(p, StringComparison.Ordinal) == true))

            // Sister-city matches of a business live under /businesses but belong to (and are tagged) Partnerships.
            .Where(e => e.RoutePattern.RawText?.EndsWith("/sister-city-matches", StringComparison.Ordinal) != true)
            .ToList();

        Assert.Equal(7, endpoints.Count);
        Assert.All(endpoints, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary), e.DisplayName);
            Assert.Contains("Catalog", e.Metadata.GetOrderedMetadata<ITagsMetadata>().SelectMany(t => t.Tags));
            Assert.NotEmpty(e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>());
        });
    }
}
