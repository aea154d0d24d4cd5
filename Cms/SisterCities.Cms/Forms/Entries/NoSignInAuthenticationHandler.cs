using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SisterCities.Cms.Forms.Entries;

/// <summary>
/// Used only while no sign-in scheme is registered at all (before the accounts feature is in place): nobody is signed in,
/// and a protected endpoint answers 401 instead of failing for want of a challenge scheme.
/// </summary>
public sealed class NoSignInAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SisterCities.NoSignIn";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
