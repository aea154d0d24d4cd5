using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SisterCities.Cms.Media;

/// <summary>
/// Until an accounts feature registers a real sign-in scheme, protected endpoints must still answer 401/403
/// rather than fail with "no authentication scheme" (a 500). This scheme signs nobody in; it becomes the
/// default only when nothing else set one (see <see cref="MediaServices"/>).
/// </summary>
public sealed class NoSignInYetHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "NoSignInYet";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
