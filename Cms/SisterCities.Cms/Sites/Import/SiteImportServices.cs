using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Cli;

namespace SisterCities.Cms.Sites.Import;

public static class SiteImportServices
{
    public static IServiceCollection AddSiteImport(this IServiceCollection services)
    {
        services.AddScoped<SiteImporter>();
        services.AddScoped<ICliCommand, SitesImportCommand>();
        return services;
    }
}
