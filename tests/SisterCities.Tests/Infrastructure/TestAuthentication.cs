using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// Signs requests in through a test handler instead of the Identity cookie. Identity sets the specific
/// default schemes (authenticate, challenge, forbid), which win over a plain default, so all are replaced.
/// </summary>
public static class TestAuthentication
{
    public static AuthenticationBuilder AddTestScheme<THandler>(this IServiceCollection services, string scheme)
        where THandler : AuthenticationHandler<AuthenticationSchemeOptions>
    {
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = scheme;
            o.DefaultAuthenticateScheme = scheme;
            o.DefaultChallengeScheme = scheme;
            o.DefaultForbidScheme = scheme;
        });
        return services.AddAuthentication(scheme).AddScheme<AuthenticationSchemeOptions, THandler>(scheme, _ => { });
    }
}
