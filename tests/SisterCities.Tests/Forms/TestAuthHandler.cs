using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SisterCities.Tests.Forms;

/// <summary>Signs a request in when it carries <c>X-Test-User</c>; stands in for the accounts feature in these tests.</summary>
internal sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    public const string Header = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // "id;name": the account id the app checks roles by, and the user name Identity would put in the cookie.
        var parts = user.ToString().Split(';', 2);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, parts[0]), new Claim(ClaimTypes.Name, parts[^1])], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
