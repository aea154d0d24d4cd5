using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.PublicSite.Theming;

/// <summary>What a theme project calls from its own <c>AddXxxTheme()</c> extension.</summary>
public static class ThemeRegistration
{
    /// <summary>
    /// Registers <paramref name="theme"/> and makes the compiled views of <paramref name="themeAssembly"/>
    /// available, whether or not MVC's default discovery already found the assembly.
    /// </summary>
    public static IServiceCollection AddPublicTheme(this IServiceCollection services, PublicTheme theme, Assembly themeAssembly)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(themeAssembly);
        services.AddSingleton(theme);
        services.AddControllersWithViews().ConfigureApplicationPartManager(manager =>
        {
            var name = themeAssembly.GetName().Name;
            if (manager.ApplicationParts.Any(p => p.Name == name))
            {
                return;
            }

            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(themeAssembly).GetApplicationParts(themeAssembly))
            {
                manager.ApplicationParts.Add(part);
            }
        });
        return services;
    }
}
