using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Themes.Default;

/// <summary>Registers the Default theme: its views under <c>/Views/Themes/Default</c>, its assets under <c>/_content/SisterCities.Themes.Default</c>.</summary>
public static class DefaultThemeServices
{
    public static PublicTheme Theme { get; } =
        new(ThemeRegistry.DefaultThemeName, "/Views/Themes/Default", "/_content/SisterCities.Themes.Default");

    public static IServiceCollection AddDefaultTheme(this IServiceCollection services) =>
        services.AddPublicTheme(Theme, typeof(DefaultThemeServices).Assembly);
}
