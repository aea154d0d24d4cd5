using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Catalog.Portal;

public static class PortalServices
{
    /// <summary>The business portal at /business and the backoffice moderation screen (MVC controllers, found by AddControllersWithViews).</summary>
    public static IServiceCollection AddBusinessPortal(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section)
            .Validate(o => o.SignUpsPerIp > 0 && o.SignUpWindow > TimeSpan.Zero && o.MaxFormBytes > 0 && o.MaxUploadBytes > 0, "Catalog:Portal limits must be positive.")
            .ValidateOnStart();
        services.AddSingleton<PortalSignUpLimits>();
        services.AddScoped<PortalMail>();
        services.AddScoped<PortalUploads>();
        services.AddScoped<PortalImages>();
        services.AddPortalPasswords();
        services.AddScoped<InboxPages>();
        return services;
    }
}
