using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Findable;
using SisterCities.Cms.PublicSite.SitePages;

namespace SisterCities.Cms.Partnerships.EventPages;

public static class EventPagesServices
{
    /// <summary>The events calendar on every city site and the hub, the home-page block and sitemap entries.</summary>
    public static IServiceCollection AddEventPages(this IServiceCollection services)
    {
        services.AddScoped<EventPagesBuilder>();
        services.AddScoped<ISitePage, EventsSitePage>();
        services.AddScoped<INetworkPage, EventsNetworkPage>();
        services.AddScoped<IHomeBlockSource, EventsHomeBlock>();
        services.AddScoped<ISitemapSource, EventsSitemap>();
        return services;
    }
}
