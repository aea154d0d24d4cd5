using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Findable;

/// <summary>Registration of sitemap, robots.txt and news feeds (mapping is in <see cref="FindableEndpoints"/>).</summary>
public static class FindableServices
{
    public static IServiceCollection AddFindable(this IServiceCollection services) => services.AddScoped<PublishedUrlReader>();
}
