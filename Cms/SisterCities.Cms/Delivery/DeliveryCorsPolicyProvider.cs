using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// CORS per site from <c>Cms:Delivery:Cors:{siteKey}</c> (and <c>*</c> for all sites). An actual request is
/// checked against the origins of the site it reads (Start-Item, else host); a preflight carries no Start-Item
/// value, so it is allowed for any configured origin and the real request is then checked per site.
/// </summary>
internal sealed class DeliveryCorsPolicyProvider(IOptionsMonitor<DeliveryOptions> options, IOptions<CorsOptions> corsOptions) : ICorsPolicyProvider
{
    public const string PolicyName = "delivery";

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != PolicyName)
        {
            // Everything else keeps ASP.NET Core's behaviour: named policies from AddCors, or none.
            return Task.FromResult(corsOptions.Value.GetPolicy(policyName ?? corsOptions.Value.DefaultPolicyName));
        }

        var cors = options.CurrentValue.Cors;
        var preflight = HttpMethods.IsOptions(context.Request.Method) && context.Request.Headers.ContainsKey("Access-Control-Request-Method");
        var siteKey = context.Request.Headers[DeliveryHeaders.StartItem].ToString().Trim();
        if (siteKey.Length == 0 || Guid.TryParse(siteKey, out _))
        {
            siteKey = context.GetSite()?.Key ?? "";
        }

        IEnumerable<string> origins = preflight
            ? cors.Values.SelectMany(o => o)
            : (cors.TryGetValue(siteKey, out var site) ? site : []).Concat(cors.TryGetValue("*", out var all) ? all : []);
        var builder = new CorsPolicyBuilder()
            .WithOrigins([.. origins.Distinct(StringComparer.OrdinalIgnoreCase)])
            .WithMethods("GET", "HEAD")
            .WithHeaders(DeliveryHeaders.StartItem, DeliveryHeaders.AcceptLanguage, DeliveryHeaders.ApiKey, DeliveryHeaders.Preview, "If-None-Match")
            .WithExposedHeaders("ETag", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
        return Task.FromResult<CorsPolicy?>(builder.Build());
    }
}
