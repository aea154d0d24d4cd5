using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SisterCities.Cms.Cli;

namespace SisterCities.Cms.Data;

public static class DataServices
{
    public static IServiceCollection AddCmsData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(CmsOptions.Section).Get<CmsOptions>() ?? new CmsOptions();
        var dataFolder = new DataFolder(environment.ContentRootPath, options.DataPath);
        services.AddSingleton(dataFolder);
        services.AddOptions<CmsOptions>().Bind(configuration.GetSection(CmsOptions.Section));
        services.AddCmsDatabase(configuration, dataFolder.Path);
        services.AddDataProtection().SetApplicationName("SisterCities").PersistKeysToDbContext<CmsDbContext>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<ICliCommand, MigrateCommand>();
        services.AddSingleton<ChangeFeedFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFeedFollower>());
        return services;
    }
}
