using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// Fills in what every operation of the document should say and endpoints would otherwise each repeat: a stable
/// <c>operationId</c> for client generators (from the method and route when the endpoint has no name), and the
/// 401/403 and 429 answers that authorization and rate limiting give before the handler runs.
/// </summary>
internal static class OpenApiOperationDefaults
{
    public static void Apply(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        operation.OperationId ??= OperationId(description.HttpMethod ?? "get", description.RelativePath ?? "");
        operation.Responses ??= [];
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous && metadata.OfType<IAuthorizeData>().Any())
        {
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Signed in without a role that allows this." });
        }

        // The one place that documents the limiter's 429 (DeliveryServices.OnRejected writes it as problem+json), so a
        // route group that asks for rate limiting cannot forget to say so, nor one without it claim it.
        if (metadata.OfType<EnableRateLimitingAttribute>().Any() && !metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            operation.Responses.TryAdd("429", new OpenApiResponse
            {
                Description = "Too many requests; retry after the Retry-After seconds.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.Document) },
                },
            });
        }
    }

    /// <summary><c>GET api/v1/businesses/{id}/sister-city-matches</c> → <c>getBusinessesByIdSisterCityMatches</c>.</summary>
    internal static string OperationId(string method, string route)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in route.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment is "api" or "v1")
            {
                continue;
            }

            if (segment.StartsWith('{'))
            {
                id.Append("By");
                AppendPascal(id, segment.Trim('{', '}').Split(':')[0]);
            }
            else
            {
                AppendPascal(id, segment);
            }
        }

        return id.ToString();
    }

    private static void AppendPascal(StringBuilder id, string words)
    {
        foreach (var word in words.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            id.Append(char.ToUpper(word[0], CultureInfo.InvariantCulture)).Append(word.AsSpan(1));
        }
    }
}
