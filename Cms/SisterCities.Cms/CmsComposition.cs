using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Backoffice;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Catalog.Portal;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Delivery;
using SisterCities.Cms.Findable;
using SisterCities.Cms.Forms;
using SisterCities.Cms.Localization;
using SisterCities.Cms.Media;
using SisterCities.Cms.PageCache;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Api;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.Search;
using SisterCities.Cms.Security;
using SisterCities.Cms.SiteInfo;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Sites.DemoNetwork;
using SisterCities.Cms.Sites.Import;
using SisterCities.Cms.ThemeSettings;

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
        services.AddCmsLocalization();
        services.AddCmsData(builder.Configuration, builder.Environment);
        services.AddSites();
        services.AddContent();
        services.AddSiteImport();
        services.AddDemoNetwork();
        services.AddPartnerships();
        services.AddPublicSite();
        services.AddCatalog();
        Catalog.PublicPages.CatalogPagesServices.AddCatalogPages(services);
        Partnerships.EventPages.EventPagesServices.AddEventPages(services);
        services.AddBusinessPortal();
        services.AddDelivery(builder.Configuration);
        services.AddMedia(builder.Configuration);
        services.AddForms();
        services.AddBackoffice(builder.Configuration);
        services.AddSearch(builder.Configuration);
        services.AddFindable();
        services.AddThemeSettings();
        services.AddPageCache(builder.Configuration);
        services.AddSiteInfoPages();
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
        if (options.SeedDemoNetwork)
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoNetworkSeeder>().SeedIfEmptyAsync(cancellationToken);
            if (seeded > 0)
            {
                // The demo network ships with every real twin-town pair of the open data.
                await scope.ServiceProvider.GetRequiredService<Partnerships.Import.TwinTownImport>()
                    .ImportFileAsync(OpenData.OpenDataFiles.TwinTowns, cancellationToken);
            }

            await scope.ServiceProvider.GetRequiredService<Forms.Definitions.FormSeeder>().EnsureAsync(cancellationToken);
        }
    }

    /// <summary>Prepares the database and maps the request pipeline.</summary>
    public static async Task UseSisterCitiesCmsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await PrepareDatabaseAsync(app.Services, cancellationToken);

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCmsUiLanguage();
        app.UsePublicSiteErrorPages();
        app.UseStatusCodePages();
        app.UseMiddleware<SiteResolutionMiddleware>();

        // Static files and routing run after the /s/{key} prefix is stripped; auth, antiforgery and caches go after this.
        app.UsePublicSite();
        app.UseDelivery();

        // Body limits, authentication and authorization for everything below; maps the backoffice controllers.
        app.UseBackoffice();

        app.MapPartnershipEndpoints();
        Partnerships.Events.EventEndpoints.MapEventEndpoints(app);
        Partnerships.Offers.OfferEndpoints.MapOfferEndpoints(app);
        Partnerships.Matchmaking.MatchmakingEndpoints.MapMatchmakingEndpoints(app);
        Partnerships.Map.PartnershipMapEndpoint.MapPartnershipMap(app);
        app.MapCatalogApi();
        Catalog.PublicPages.CatalogInquiryEndpoints.MapCatalogPages(app);
        app.MapFindable();
        app.MapPublicSite();
        app.MapMedia();
        app.MapForms();
        app.MapSearch();
        app.MapThemeSettings();
    }
}
