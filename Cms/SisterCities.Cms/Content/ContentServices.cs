using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Content;

public static class ContentServices
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddSingleton<RichTextSanitizer>();
        services.AddScoped<ContentWriter>();
        services.AddScoped<ContentTreeWriter>();
        return services;
    }
}
