using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Search;
using SisterCities.Cms.Security;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms;

/// <summary>
/// The whole CMS in two calls for the host: each feature registers itself here with one line,
/// so the host stays a few lines long (the Orchard Core shape).
/// </summary>
public static class CmsComposition
{
    public static WebApplicationBuilder AddSisterCitiesCms(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddCmsData(builder.Configuration, builder.Environment);
        services.AddSites();
        services.AddContent();
        services.AddSearch(builder.Configuration);
        return builder;
    }

    /// <summary>Migrates (unless turned off) and adds what an empty database needs: built-in content types, the demo network.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<CmsOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        if (options.MigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        await BuiltInContentTypes.EnsureAsync(db, cancellationToken);
    }

    /// <summary>Prepares the database and maps the request pipeline.</summary>
    public static async Task UseSisterCitiesCmsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await PrepareDatabaseAsync(app.Services, cancellationToken);

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePages();
        app.UseMiddleware<SiteResolutionMiddleware>();
        app.MapSearch();
    }
}
