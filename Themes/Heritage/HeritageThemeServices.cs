using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Themes.Heritage;

/// <summary>
/// Registers the Heritage theme (a site picks it with <c>Theme = "Heritage"</c>): its views under
/// <c>/Views/Themes/Heritage</c>, its assets under <c>/_content/SisterCities.Themes.Heritage</c>.
/// </summary>
public static class HeritageThemeServices
{
    public const string Name = "Heritage";

    public static PublicTheme Theme { get; } =
        new(Name, "/Views/Themes/Heritage", "/_content/SisterCities.Themes.Heritage");

    public static IServiceCollection AddHeritageTheme(this IServiceCollection services) =>
        services.AddPublicTheme(Theme, typeof(HeritageThemeServices).Assembly);
}
