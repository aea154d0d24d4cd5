using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Delivery.DeliveryHttp;

namespace SisterCities.Tests.Delivery;

/// <summary>
/// The limiter's 429 is documented by one transformer (OpenApiOperationDefaults) from each endpoint's metadata, so
/// the document and the limits that really apply cannot drift apart.
/// </summary>
public sealed partial class OpenApiRateLimitTests
{
    private const string LimiterDescription = "Too many requests; retry after the Retry-After seconds.";

    /// <summary>Endpoints with a limit of their own inside the handler (not the rate limiter), declared per endpoint.</summary>
    private static readonly HashSet<string> OwnLimits = ["post /umbraco/forms/delivery/api/v1/entries/{id}"];

    [Fact]
    public async Task Rate_limited_operations_document_429_from_the_transformer_and_no_other_operation_gains_it()
    {
        using var app = CmsAppFactory.Sqlite();
        var document = await JsonAsync(app.CreateClient(), "/openapi/v1.json");
        var limited = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null && e.Metadata.GetMetadata<DisableRateLimitingAttribute>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => Key(m, DocumentPath(e.RoutePattern.RawText!))))
            .ToHashSet(StringComparer.Ordinal);

        // The Delivery and network APIs, and the anonymous catalog, events and partnership reads that share their limit.
        foreach (var expected in new[]
        {
            "get /umbraco/delivery/api/v2/content", "get /umbraco/delivery/api/v2/content/item/{idOrPath}", "get /api/v1/sites",
            "get /api/v1/content-types", "get /api/v1/classification/kved", "get /api/v1/businesses", "post /api/v1/inquiries",
            "get /api/v1/events/calendar.ics", "get /api/v1/partnerships",
        })
        {
            Assert.Contains(expected, limited);
        }

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "patch" or "delete")
                .Select(o => (Key: Key(o.Key, path.Key), Responses: o.Value!["responses"]!.AsObject())))
            .ToList();
        Assert.Contains(operations, o => !limited.Contains(o.Key) && !OwnLimits.Contains(o.Key));
        foreach (var (key, responses) in operations)
        {
            if (limited.Contains(key))
            {
                var tooMany = responses["429"];
                Assert.True(tooMany is not null, $"{key} is rate limited but does not document 429.");
                Assert.True(tooMany!["description"]!.GetValue<string>() == LimiterDescription, $"{key}: 429 is not the transformer's: {tooMany}");
                Assert.Equal("#/components/schemas/ProblemDetails", tooMany["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
            }
            else if (!OwnLimits.Contains(key))
            {
                Assert.False(responses.ContainsKey("429"), $"{key} is not rate limited yet documents 429.");
            }
        }

        Assert.NotNull(document["components"]!["schemas"]!["ProblemDetails"]);
    }

    [Fact]
    public async Task Catalog_event_and_partnership_reads_answer_429_from_the_shared_per_client_limit()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?>
        {
            ["Cms:Delivery:RateLimitPermits"] = "3",
            ["Cms:Delivery:RateLimitWindowSeconds"] = "60",
        });
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/api/v1/classification/kved", "/api/v1/events/calendar.ics", "/api/v1/partnerships", "/api/v1/classification/kved", "/api/v1/events/calendar.ics" })
        {
            using var response = await client.GetAsync(url);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);

        // Not rate limited: the document itself.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    private static string Key(string method, string path) => $"{method.ToLowerInvariant()} {path}";

    /// <summary><c>/api/v1/businesses/{id:guid}</c> → <c>/api/v1/businesses/{id}</c>, as the document writes paths.</summary>
    private static string DocumentPath(string pattern) =>
        "/" + RouteParameter().Replace(pattern.TrimStart('/'), m => "{" + m.Groups[1].Value + "}").TrimEnd('/');

    [GeneratedRegex(@"\{\*{0,2}([^}:=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
