using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;

namespace SisterCities.Cms.Media;

/// <summary>
/// The one ImageSharp <see cref="Configuration"/> the CMS uses, never <see cref="Configuration.Default"/>:
/// only the four accepted formats are registered (BMP, TIFF, TGA, PBM decoders are unreachable), the memory
/// allocator has a hard allocation limit and a small pool, and parallelism is capped on a shared machine.
/// </summary>
public static class MediaImageConfiguration
{
    public static Configuration Create(MediaOptions options)
    {
        var configuration = new Configuration(
            new JpegConfigurationModule(),
            new PngConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
            {
                AllocationLimitMegabytes = options.DecoderMemoryLimitMegabytes,
                MaximumPoolSizeMegabytes = options.DecoderPoolMegabytes,
            }),
            MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 4)),
            PreferContiguousImageBuffers = false,
        };
        return configuration;
    }
}
