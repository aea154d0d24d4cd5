using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.PageCache;

/// <summary>Output cache for anonymous public pages, evicted by the change feed (see docs/page-cache.md).</summary>
public static class PageCacheServices
{
    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PageCacheOptions>(configuration.GetSection(PageCacheOptions.Section));
        services.AddSingleton<PageOutputCachePolicy>();
        services.AddSingleton<IChangeFeedListener, PageCacheEvictor>();
        services.AddOutputCache(o => o.AddPolicy(PageOutputCachePolicy.Name, new Data.ContainerOutputCachePolicy<PageOutputCachePolicy>()));
        return services;
    }
}
