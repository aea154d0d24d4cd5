using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Sites.DemoNetwork;

public static class DemoNetworkServices
{
    public static IServiceCollection AddDemoNetwork(this IServiceCollection services)
    {
        services.AddScoped<DemoNetworkSeeder>();
        return services;
    }
}
