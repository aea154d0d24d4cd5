using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Alerts;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>The backoffice and everything it needs: accounts, workflow, scheduler, mail, alerts.</summary>
public static class BackofficeServices
{
    public const string PathPrefix = "/backoffice";

    /// <summary>Largest request body the backoffice accepts (a long article with its HTML is far below this).</summary>
    public const long MaxRequestBytes = 2 * 1024 * 1024;

    public static IServiceCollection AddBackoffice(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAccounts();
        services.AddWorkflow();
        services.AddNotifications(configuration);
        services.AddAlerts();
        services.AddControllersWithViews();

        // Cyrillic is written as-is instead of as &#x...; entities; markup characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>Body limit, authentication, authorization and the backoffice's controllers.</summary>
    public static WebApplication UseBackoffice(this WebApplication app)
    {
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        return app;
    }
}
