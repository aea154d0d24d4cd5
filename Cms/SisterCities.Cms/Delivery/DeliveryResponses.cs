using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// Writes API responses: the body is serialized once (source-generated), its hash becomes a strong ETag, and
/// a matching <c>If-None-Match</c> gets a bodiless 304. Public responses may be cached; preview ones never.
/// </summary>
internal static class DeliveryResponses
{
    private static readonly StringValues VaryHeaders = new("Accept-Language, Start-Item, Origin");

    public static IResult Json<T>(HttpContext http, T value, JsonTypeInfo<T> typeInfo, bool preview, int maxAgeSeconds)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var etag = "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = preview ? "no-store" : $"public, max-age={maxAgeSeconds}";
        headers.Vary = VaryHeaders;
        if (!preview && Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    public static IResult Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, title: $"The {parameter} parameter is not valid.");

    public static IResult From<T>(DeliveryOutcome<T> outcome)
        where T : class =>
        outcome.NotFound
            ? TypedResults.Problem(title: "Not found", detail: outcome.Message, statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["parameter"] = outcome.Parameter })
            : Invalid(outcome.Parameter ?? "query", outcome.Message ?? "Not valid.");

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || (!t.IsWeak && t.Tag.Equals(etag, StringComparison.Ordinal)));
    }
}
