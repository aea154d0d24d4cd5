using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Catalog.Portal;

public static class PortalPasswordServices
{
    /// <summary>Password reset and change for portal accounts: options, limits, mail and the reset-link tokens.</summary>
    public static IServiceCollection AddPortalPasswords(this IServiceCollection services)
    {
        services.AddOptions<PortalPasswordOptions>().BindConfiguration(PortalOptions.Section)
            .Validate(o => o.PasswordResetLinkLifetime > TimeSpan.Zero && o.PasswordResetsPerIp > 0 && o.PasswordResetsPerAddress > 0 && o.PasswordResetWindow > TimeSpan.Zero,
                "Catalog:Portal password reset limits must be positive.")
            .ValidateOnStart();
        services.AddSingleton<PortalPasswordResetLimits>();
        services.AddScoped<PortalPasswordMail>();
        services.AddScoped<PortalPasswordResetTokens>();
        return services;
    }
}
