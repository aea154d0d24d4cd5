using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Workflow;

public static class WorkflowServices
{
    public static IServiceCollection AddWorkflow(this IServiceCollection services)
    {
        services.AddScoped<ContentWorkflow>();
        services.AddScoped<ContentTreeWorkflow>();
        services.AddScoped<PublishingSchedule>();
        services.AddScoped<JobLeases>();
        services.AddScoped<EditLocks>();
        services.AddSingleton<PreviewLinks>();
        services.AddSingleton<ScheduledPublishingService>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublishingService>());
        return services;
    }
}
