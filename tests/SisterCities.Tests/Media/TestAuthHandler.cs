using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Media;

namespace SisterCities.Tests.Media;

/// <summary>
/// Stands in for the accounts feature: a request with <c>X-Test-User</c> is signed in as that user, with the
/// roles in <c>X-Test-Roles</c> and the site claims in <c>X-Test-Sites</c> (comma-separated). No header: anonymous.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Request.Headers["X-Test-User"].ToString();
        if (user.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, user), new(ClaimTypes.NameIdentifier, "id-" + user) };
        claims.AddRange(Split("X-Test-Roles").Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(Split("X-Test-Sites").Select(s => new Claim(MediaFolderAccess.SiteClaimType, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private IEnumerable<string> Split(string header) =>
        Request.Headers[header].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
