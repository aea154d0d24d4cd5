using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Sites;

public static class SiteServices
{
    public static IServiceCollection AddSites(this IServiceCollection services)
    {
        services.AddSingleton<SiteDirectory>();
        services.AddSingleton<IChangeFeedListener>(sp => sp.GetRequiredService<SiteDirectory>());
        return services;
    }
}
