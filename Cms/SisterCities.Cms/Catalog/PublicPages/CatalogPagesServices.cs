using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Findable;
using SisterCities.Cms.PublicSite.SitePages;

namespace SisterCities.Cms.Catalog.PublicPages;

public static class CatalogPagesServices
{
    /// <summary>The public catalog on every city site and the hub, its home-page block and sitemap entries.</summary>
    public static IServiceCollection AddCatalogPages(this IServiceCollection services)
    {
        services.AddScoped<CatalogImages>();
        services.AddScoped<CatalogListBuilder>();
        services.AddScoped<CatalogDetailBuilder>();
        services.AddScoped<CatalogPageRouter>();
        services.AddScoped<ISitePage, CatalogSitePage>();
        services.AddScoped<INetworkPage, CatalogNetworkPage>();
        services.AddScoped<IHomeBlockSource, CatalogHomeBlock>();
        services.AddScoped<ISitemapSource, CatalogSitemap>();
        return services;
    }
}
