using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace SisterCities.Cms.Media;

/// <summary>
/// Makes renditions and caches them on this node's disk. Identical requests that arrive together share one
/// piece of work (single flight per cache key), so a burst of visitors to a new page makes each size once.
/// </summary>
public sealed class RenditionRenderer(IMediaStore store, ImageSanitizer sanitizer, MediaWorkFolders folders, IOptions<MediaOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _inFlight = new(StringComparer.Ordinal);
    private int _rendered;

    /// <summary>How many renditions this node has actually made (not served from cache): for tests and diagnostics.</summary>
    public int RenderedCount => Volatile.Read(ref _rendered);

    /// <summary>The content type a rendition will have: explicit format, else WebP where accepted, else the original's.</summary>
    public static string ResolveFormat(MediaItem item, RenditionParameters parameters, bool acceptsWebP) => parameters.Format switch
    {
        "webp" => MediaFormats.WebP,
        "jpg" => MediaFormats.Jpeg,
        "png" => MediaFormats.Png,
        _ when item.ContentType == MediaFormats.Gif => MediaFormats.Gif,
        _ when acceptsWebP => MediaFormats.WebP,
        _ => item.ContentType,
    };

    /// <summary>A stable name for this rendition of this version of the item; also its ETag.</summary>
    public static string CacheKey(MediaItem item, RenditionParameters parameters, string contentType)
    {
        var focal = parameters.Rxy ?? (item.FocalLeft is { } l && item.FocalTop is { } t ? (l, t) : (0.5, 0.5));
        var normalized = parameters with { Rxy = focal, Format = MediaFormats.Extension(contentType) };
        var canonical = string.Join('|', normalized.ToQuery().Select(q => q.Key + "=" + q.Value));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..32];
        return $"{item.Key:N}/{item.UrlVersion}/{hash}.{MediaFormats.Extension(contentType)}";
    }

    /// <summary>Returns the path of the cached rendition, making it first if needed.</summary>
    public async Task<string> GetOrCreateAsync(MediaItem item, RenditionParameters parameters, string contentType, CancellationToken cancellationToken)
    {
        var cacheKey = CacheKey(item, parameters, contentType);
        var path = Path.Combine(folders.RenditionCache, cacheKey);
        if (File.Exists(path))
        {
            return path;
        }

        var work = _inFlight.GetOrAdd(cacheKey, _ => new Lazy<Task<string>>(() => RenderAsync(item, parameters, contentType, path)));
        var task = work.Value;

        // Whoever finishes (or fails) the work removes it, even when every waiting request was cancelled meanwhile.
        _ = task.ContinueWith(
            _ => _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(cacheKey, work)),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        // The shared work must not die with the first caller's request, so it runs without that caller's token.
        return await task.WaitAsync(cancellationToken);
    }

    private async Task<string> RenderAsync(MediaItem item, RenditionParameters parameters, string contentType, string path)
    {
        await Task.Yield();
        if (File.Exists(path))
        {
            return path;
        }

        await using var original = await store.OpenReadAsync(item.StoragePath, CancellationToken.None)
            ?? throw new FileNotFoundException("The stored original is missing.", item.StoragePath);
        await using var copy = original.CanSeek ? null : await CopyToTemporaryAsync(original);
        using var image = await sanitizer.DecodeAsync(copy ?? original, CancellationToken.None);
        image.Mutate(x => x.Resize(ResizeOptionsFor(item, parameters)));
        ImageSanitizer.StripMetadata(image);

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            var quality = parameters.Quality ?? options.Value.DefaultQuality;
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
            {
                await image.SaveAsync(output, ImageSanitizer.EncoderFor(contentType, quality));
            }

            File.Move(temporary, path, overwrite: true);
            Interlocked.Increment(ref _rendered);
            return path;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static ResizeOptions ResizeOptionsFor(MediaItem item, RenditionParameters parameters)
    {
        var focal = parameters.Rxy ?? (item.FocalLeft is { } l && item.FocalTop is { } t ? (l, t) : ((double, double)?)null);
        var resize = new ResizeOptions
        {
            Size = new Size(parameters.Width ?? 0, parameters.Height ?? 0),
            Mode = parameters.Mode switch
            {
                "pad" => ResizeMode.Pad,
                "boxpad" => ResizeMode.BoxPad,
                "max" => ResizeMode.Max,
                "min" => ResizeMode.Min,
                "stretch" => ResizeMode.Stretch,
                _ => ResizeMode.Crop,
            },
            Position = parameters.Anchor switch
            {
                "top" => AnchorPositionMode.Top,
                "bottom" => AnchorPositionMode.Bottom,
                "left" => AnchorPositionMode.Left,
                "right" => AnchorPositionMode.Right,
                "topleft" => AnchorPositionMode.TopLeft,
                "topright" => AnchorPositionMode.TopRight,
                "bottomleft" => AnchorPositionMode.BottomLeft,
                "bottomright" => AnchorPositionMode.BottomRight,
                _ => AnchorPositionMode.Center,
            },
        };

        // An explicit anchor wins over the focal point, as in ImageSharp.Web.
        if (focal is { } point && parameters.Anchor == "center")
        {
            resize.CenterCoordinates = new PointF((float)point.Item1, (float)point.Item2);
        }

        return resize;
    }

    private async Task<Stream> CopyToTemporaryAsync(Stream stream)
    {
        var copy = new FileStream(folders.NewTemporaryFile(), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        return copy;
    }
}
