using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace SisterCities.Cms.Delivery;

/// <summary>OpenAPI 3.1 at <c>/openapi/v1.json</c>, with examples on the query parameters, and a local reference page.</summary>
internal static class DeliveryOpenApi
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["fetch"] = "children:/news",
        ["filter"] = "contentType:newsArticle",
        ["sort"] = "createDate:desc",
        ["skip"] = "0",
        ["take"] = "10",
        ["expand"] = "properties[$all]",
        ["fields"] = "properties[title,body]",
        ["Start-Item"] = "lviv",
        ["Accept-Language"] = "uk",
        ["Preview"] = "false",
        ["id"] = "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        ["idOrPath"] = "news/flood-relief",
        ["oblast"] = "Львівська",
        ["name"] = "Львів",
        ["key"] = "lviv",
    };

    public static void Add(IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "SisterCities Delivery API",
                    Version = "v1",
                    Description = "Umbraco Delivery API v2 compatible content reads for every site of the network, and the network read API.",
                    License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
                };
                document.Servers = [new OpenApiServer { Url = "/", Description = "This host" }];
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = "Content", Description = "Umbraco Delivery API v2 compatible content reads (fetch, filter, sort, expand, fields)." },
                    new() { Name = "Network", Description = "The network's sites and content types." },
                };

                // Public reads need no key; the Api-Key only unlocks Preview: true. The empty requirement says "optional".
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = "Api-Key",
                    Description = "The key configured under Cms:Delivery:ApiKey; needed only with Preview: true.",
                };
                document.Security = [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] }];
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                OpenApiOperationDefaults.Apply(operation, context);
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    if (parameter.Name is { } name && Examples.TryGetValue(parameter.Schema?.Format == "uuid" ? "id" : name, out var example))
                    {
                        parameter.Example = name == "filter" || name == "sort" || (name == "id" && parameter.In == ParameterLocation.Query)
                            ? new JsonArray(example)
                            : JsonValue.Create(example);
                    }
                }

                return Task.CompletedTask;
            });
        });

    public static void Map(WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").CacheOutput(o => o.Expire(TimeSpan.FromMinutes(5)));
        DeliveryReferencePage.Map(app);
    }
}
