using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Forms.Api;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Rendering;
using SisterCities.Cms.Forms.Submissions;
using SisterCities.Cms.Forms.Workflows;

namespace SisterCities.Cms.Forms;

public static class FormsServices
{
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddOptions<FormsOptions>().BindConfiguration(FormsOptions.Section);
        services.AddAntiforgery();
        services.AddHttpClient(WebhookWorkflow.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<FormDefinitionReader>();
        services.AddScoped<FormDefinitionWriter>();
        services.AddScoped<FormSubmissionService>();
        services.AddScoped<EntryRetention>();
        services.AddScoped<FormSeeder>();
        services.AddScoped<Placement.PlacedFormPage>();
        services.AddScoped<IFormWorkflow, EmailNotificationWorkflow>();
        services.AddScoped<IFormWorkflow, WebhookWorkflow>();
        services.AddScoped<IFormWorkflow, DraftContentWorkflow>();
        services.AddSingleton<IFormFileStore, FileSystemFormFileStore>();
        services.AddSingleton<IpHasher>();
        services.AddSingleton<FormRateLimits>();
        services.AddSingleton<FormStateProtector>();
        services.AddSingleton<FormViewModelFactory>();
        services.AddSingleton<FormWorkflowSignal>();
        services.AddSingleton<FormWorkflowRunner>();
        services.AddHostedService<FormBackgroundJobs>();
        return services;
    }

    public static WebApplication MapForms(this WebApplication app)
    {
        app.MapFormPages();
        app.MapFormsDelivery();
        app.MapFormManagement();
        return app;
    }
}
