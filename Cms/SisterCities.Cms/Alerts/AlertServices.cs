using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Alerts;

public static class AlertServices
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddSingleton<AlertBoard>();
        services.AddSingleton<IAlertBoard>(sp => sp.GetRequiredService<AlertBoard>());
        services.AddSingleton<IChangeFeedListener>(sp => sp.GetRequiredService<AlertBoard>());
        services.AddScoped<AlertPublisher>();
        return services;
    }
}
