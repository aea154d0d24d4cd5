using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.PublicSite.SitePages;

namespace SisterCities.Cms.SiteInfo;

public static class SiteInfoServices
{
    /// <summary>The accessibility statement and privacy notice on every site, linked from the footer.</summary>
    public static IServiceCollection AddSiteInfoPages(this IServiceCollection services)
    {
        services.AddSingleton<ISitePage, AccessibilityStatementPage>();
        services.AddSingleton<ISitePage, PrivacyNoticePage>();
        return services;
    }
}
