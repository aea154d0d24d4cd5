using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery;

/// <summary>Reads <c>Start-Item</c>, the host's site, <c>Accept-Language</c>, <c>Preview</c> and <c>Api-Key</c> into a <see cref="DeliveryScope"/>.</summary>
internal sealed class DeliveryScopeResolver(SiteDirectory sites, DeliveryCatalog catalog, IOptionsMonitor<DeliveryOptions> options)
{
    private static readonly string[] NetworkCultures = ["uk", "en"];

    public async Task<(DeliveryScope? Scope, IResult? Error)> ResolveAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var headers = http.Request.Headers;
        var preview = DeliveryHeaders.IsPreview(headers[DeliveryHeaders.Preview]);
        if (preview && !ApiKeyMatches(headers[DeliveryHeaders.ApiKey]))
        {
            return (null, TypedResults.Problem(
                title: "Preview needs a valid Api-Key",
                detail: "Send the Api-Key header with the key configured under Cms:Delivery:ApiKey.",
                statusCode: StatusCodes.Status401Unauthorized));
        }

        var site = http.GetSite();
        var startItem = headers[DeliveryHeaders.StartItem].ToString().Trim();
        if (startItem.Length > 0)
        {
            site = Guid.TryParse(startItem, out var rootKey)
                ? await catalog.SiteOfRootAsync(rootKey, cancellationToken) is { } siteId ? await sites.FindByIdAsync(siteId, cancellationToken) : null
                : await sites.FindByKeyAsync(startItem, cancellationToken);
            if (site is null)
            {
                return (null, DeliveryResponses.Invalid(DeliveryHeaders.StartItem, $"'{startItem}' names no site: use a site key or the key of a site's root item."));
            }
        }

        return (new DeliveryScope(site, PickCulture(http.Request, site), preview), null);
    }

    private bool ApiKeyMatches(string? presented)
    {
        var configured = options.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(presented))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }

    private static string PickCulture(HttpRequest request, SiteSummary? site)
    {
        var available = site?.Cultures ?? NetworkCultures;
        if (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
        {
            foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
            {
                var value = language.Value.Value ?? "";
                var primary = value.Split('-')[0];
                var match = available.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase))
                    ?? available.FirstOrDefault(c => string.Equals(c, primary, StringComparison.OrdinalIgnoreCase));
                if (match is not null)
                {
                    return match;
                }
            }
        }

        return available[0];
    }
}
