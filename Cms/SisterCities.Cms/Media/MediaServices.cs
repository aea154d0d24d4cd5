using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Media;

public static class MediaServices
{
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton(sp => MediaImageConfiguration.Create(sp.GetRequiredService<IOptions<MediaOptions>>().Value));
        services.AddSingleton<ImageSanitizer>();
        services.AddSingleton(sp =>
        {
            var data = sp.GetRequiredService<DataFolder>();
            var options = sp.GetRequiredService<IOptions<MediaOptions>>().Value;
            var cache = options.RenditionCachePath is { Length: > 0 } c ? Path.GetFullPath(Path.Combine(data.Path, c)) : data.Sub("media-cache");
            Directory.CreateDirectory(cache);
            return new MediaWorkFolders(data.Sub("media-tmp"), cache);
        });
        services.AddSingleton<IMediaStore>(sp =>
        {
            var data = sp.GetRequiredService<DataFolder>();
            var options = sp.GetRequiredService<IOptions<MediaOptions>>().Value;
            return new FileSystemMediaStore(options.StoragePath is { Length: > 0 } s ? Path.GetFullPath(Path.Combine(data.Path, s)) : data.Sub("media"));
        });
        services.AddSingleton(sp =>
        {
            var data = sp.GetRequiredService<DataFolder>();
            var options = sp.GetRequiredService<IOptions<MediaOptions>>().Value;
            var keyFile = options.SigningKeyPath is { Length: > 0 } k
                ? Path.GetFullPath(Path.Combine(data.Path, k))
                : Path.Combine(data.Sub("keys"), "media-url-signing.key");
            return RenditionUrlSigner.LoadOrCreate(keyFile);
        });
        services.AddSingleton<MediaUrls>();
        services.AddSingleton<MediaItemLookup>();
        services.AddSingleton<PublicImages>();
        services.AddSingleton<RenditionRenderer>();
        services.AddSingleton<MediaFolderAccess>();
        services.AddSingleton<MultipartUploadReader>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IMediaUsage, ContentMediaUsage>();
        services.AddScoped<Workflow.IPublishRequirement, Library.ImageAltTextRequirement>();
        return services;
    }

    /// <summary>
    /// Maps the media endpoints. Authentication/authorization middleware is added here because the backoffice
    /// API requires a signed-in user; when the accounts feature adds its own calls these become harmless repeats.
    /// </summary>
    public static WebApplication MapMedia(this WebApplication app)
    {
        app.MapMediaLibraryEndpoints();
        app.MapMediaFileEndpoints();
        app.MapDeliveryMediaEndpoints();
        return app;
    }
}
