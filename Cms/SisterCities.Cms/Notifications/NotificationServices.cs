using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SisterCities.Cms.Notifications;

public static class NotificationServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        var smtpHost = configuration.GetSection(SmtpOptions.Section)[nameof(SmtpOptions.Host)];
        if (string.IsNullOrWhiteSpace(smtpHost))
        {
            services.TryAddSingleton<IMailTransport, EmlFileMailTransport>();
        }
        else
        {
            services.TryAddSingleton<IMailTransport, SmtpMailTransport>();
        }

        services.AddScoped<MailOutbox>();
        services.AddScoped<WorkflowMail>();
        services.AddSingleton<OutboxMailSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxMailSender>());
        return services;
    }
}
