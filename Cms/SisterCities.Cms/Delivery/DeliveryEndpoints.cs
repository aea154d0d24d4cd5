using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace SisterCities.Cms.Delivery;

/// <summary>Umbraco Delivery API v2 content endpoints: query, item by id, item by path, items by ids.</summary>
internal static class DeliveryEndpoints
{
    public const string Prefix = "/umbraco/delivery/api/v2/content";

    public static RouteGroupBuilder MapDeliveryContent(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("Content");
        group.MapGet("", QueryAsync).WithName("QueryContent")
            .WithSummary("Query content: fetch, filter, sort, page")
            .Produces<DeliveryPagedResult>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified);
        group.MapGet("/item/{*idOrPath}", ItemAsync).WithName("GetContentItem")
            .WithSummary("One content item by its key, or by its path within the Start-Item site")
            .Produces<DeliveryContentItem>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified);
        group.MapGet("/items", ItemsAsync).WithName("GetContentItems")
            .WithSummary("Several content items by key, in the order asked")
            .Produces<List<DeliveryContentItem>>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified);
        group.ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> QueryAsync(
        HttpContext http,
        DeliveryScopeResolver resolver,
        DeliveryQueryExecutor executor,
        IOptionsMonitor<DeliveryOptions> options,
        [FromQuery, Description("children:{id|path}, descendants:{id|path} or ancestors:{id|path}")] string? fetch,
        [FromQuery, Description("Repeatable: contentType:alias, name:text (both may start with !), parentId:{id}, site:{key}, createDate>|>:|<|<:{date}, updateDate likewise; commas mean OR")] string[]? filter,
        [FromQuery, Description("Repeatable: createDate, updateDate, name, sortOrder or level with :asc or :desc")] string[]? sort,
        [FromQuery, Description("Items to skip (0 or more)")] string? skip,
        [FromQuery, Description("Items to return (0 to Cms:Delivery:MaxTake, default 10)")] string? take,
        [FromQuery, Description("properties[$all] or properties[alias,…]")] string? expand,
        [FromQuery, Description("Limits properties: properties[alias,…] or properties[$all]")] string? fields,
        [FromHeader(Name = DeliveryHeaders.StartItem), Description("Site key (lviv) or root item id; scopes the query to one site")] string? startItem,
        [FromHeader(Name = DeliveryHeaders.AcceptLanguage), Description("Culture, e.g. uk or en")] string? acceptLanguage,
        [FromHeader(Name = DeliveryHeaders.ApiKey), Description("Key for preview")] string? apiKey,
        [FromHeader(Name = DeliveryHeaders.Preview), Description("true to read drafts (needs Api-Key)")] string? preview,
        CancellationToken cancellationToken)
    {
        var (scope, error) = await resolver.ResolveAsync(http, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var settings = options.CurrentValue;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = DeliveryQueryParser.Parse(fetch, filter, sort, skip, take, expand, fields, settings, errors);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The query is not valid.");
        }

        var outcome = await executor.QueryAsync(scope, query, cancellationToken);
        return outcome.Value is { } page
            ? DeliveryResponses.Json(http, page, DeliveryJsonContext.Api.DeliveryPagedResult, scope.Preview, settings.MaxAgeSeconds)
            : DeliveryResponses.From(outcome);
    }

    /// <summary>
    /// Umbraco has <c>/item/{id}</c> and <c>/item/{path}</c>; one route serves both (a GUID is an id, anything
    /// else a path) so the OpenAPI document has no two paths that differ only by parameter name.
    /// </summary>
    private static async Task<IResult> ItemAsync(
        HttpContext http,
        DeliveryScopeResolver resolver,
        DeliveryQueryExecutor executor,
        IOptionsMonitor<DeliveryOptions> options,
        [Description("The item's key (GUID), or its path within the site such as news/flood-relief; empty for the site root")] string? idOrPath,
        [FromQuery, Description("properties[$all] or properties[alias,…]")] string? expand,
        [FromQuery, Description("Limits properties: properties[alias,…]")] string? fields,
        [FromHeader(Name = DeliveryHeaders.StartItem), Description("Site key or root item id; needed for a path unless the host is a site's; an item of another site is 404")] string? startItem,
        [FromHeader(Name = DeliveryHeaders.AcceptLanguage), Description("Culture, e.g. uk or en")] string? acceptLanguage,
        [FromHeader(Name = DeliveryHeaders.ApiKey), Description("Key for preview")] string? apiKey,
        [FromHeader(Name = DeliveryHeaders.Preview), Description("true to read drafts (needs Api-Key)")] string? preview,
        CancellationToken cancellationToken) =>
        await SingleAsync(http, resolver, options, expand, fields,
            (scope, selection, expansion) => Guid.TryParse(idOrPath, out var id)
                ? executor.ItemByKeyAsync(scope, id, selection, expansion, cancellationToken)
                : executor.ItemByPathAsync(scope, DeliveryPaths.Normalize(idOrPath ?? ""), selection, expansion, cancellationToken),
            cancellationToken);

    private static async Task<IResult> ItemsAsync(
        HttpContext http,
        DeliveryScopeResolver resolver,
        DeliveryQueryExecutor executor,
        IOptionsMonitor<DeliveryOptions> options,
        [FromQuery, Description("Repeatable item key")] string[]? id,
        [FromQuery, Description("properties[$all] or properties[alias,…]")] string? expand,
        [FromQuery, Description("Limits properties: properties[alias,…]")] string? fields,
        [FromHeader(Name = DeliveryHeaders.StartItem), Description("Site key or root item id")] string? startItem,
        [FromHeader(Name = DeliveryHeaders.AcceptLanguage), Description("Culture, e.g. uk or en")] string? acceptLanguage,
        [FromHeader(Name = DeliveryHeaders.ApiKey), Description("Key for preview")] string? apiKey,
        [FromHeader(Name = DeliveryHeaders.Preview), Description("true to read drafts (needs Api-Key)")] string? preview,
        CancellationToken cancellationToken)
    {
        var (scope, error) = await resolver.ResolveAsync(http, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var settings = options.CurrentValue;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var keys = new List<Guid>();
        foreach (var value in id ?? [])
        {
            if (Guid.TryParse(value, out var key))
            {
                keys.Add(key);
            }
            else
            {
                DeliveryQueryParser.AddError(errors, "id", $"'{value}' is not an item id (GUID).");
            }
        }

        if (keys.Count > settings.MaxTake)
        {
            DeliveryQueryParser.AddError(errors, "id", $"At most {settings.MaxTake} ids per request.");
        }

        var expansion = DeliveryQueryParser.ParseSelection(expand, "expand", PropertySelection.None, errors);
        var selection = DeliveryQueryParser.ParseSelection(fields, "fields", PropertySelection.All, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.");
        }

        var items = await executor.ItemsByKeysAsync(scope, keys, selection, expansion, cancellationToken);
        return DeliveryResponses.Json(http, items, DeliveryJsonContext.Api.ListDeliveryContentItem, scope.Preview, settings.MaxAgeSeconds);
    }

    private static async Task<IResult> SingleAsync(
        HttpContext http,
        DeliveryScopeResolver resolver,
        IOptionsMonitor<DeliveryOptions> options,
        string? expand,
        string? fields,
        Func<DeliveryScope, PropertySelection, PropertySelection, Task<DeliveryOutcome<DeliveryContentItem>>> load,
        CancellationToken cancellationToken)
    {
        var (scope, error) = await resolver.ResolveAsync(http, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var expansion = DeliveryQueryParser.ParseSelection(expand, "expand", PropertySelection.None, errors);
        var selection = DeliveryQueryParser.ParseSelection(fields, "fields", PropertySelection.All, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.");
        }

        var outcome = await load(scope, selection, expansion);
        return outcome.Value is { } item
            ? DeliveryResponses.Json(http, item, DeliveryJsonContext.Api.DeliveryContentItem, scope.Preview, options.CurrentValue.MaxAgeSeconds)
            : DeliveryResponses.From(outcome);
    }
}
