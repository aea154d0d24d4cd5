using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Search.Sources;

namespace SisterCities.Cms.Search;

public static class SearchServices
{
    /// <summary>The index, its feed-following indexer, the rebuild, the query service and the content source.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(SearchSettings.Section).Get<SearchSettings>() ?? new SearchSettings());
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchRebuilder>();
        services.AddSingleton<SearchService>();
        services.AddScoped<PublicSite.SitePages.ISitePage, PublicPages.SearchPage>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddScoped<ISearchDocumentSource, ContentSearchSource>();
        services.AddScoped<CatalogSearchDocuments>();
        services.AddScoped<ISearchDocumentSource, BusinessSearchSource>();
        services.AddScoped<ISearchDocumentSource, ShowroomItemSearchSource>();
        services.AddScoped<ISearchDocumentSource, ProjectSearchSource>();
        services.AddScoped<ISearchDocumentSource, PartnershipSearchSource>();
        services.AddScoped<ISearchDocumentSource, NetworkEventSearchSource>();
        services.AddScoped<ISearchCopiedEntity, SiteCopiedFields>();
        services.AddScoped<ISearchCopiedEntity, PartnerCityCopiedFields>();
        services.AddScoped<ICliCommand, IndexRebuildCommand>();
        services.AddScoped<ICliCommand, IndexBenchSeedCommand>();
        services.AddScoped<ICliCommand, IndexBenchQueryCommand>();
        return services;
    }
}
