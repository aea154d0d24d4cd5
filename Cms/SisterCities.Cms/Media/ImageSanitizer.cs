using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Processing;

namespace SisterCities.Cms.Media;

/// <summary>
/// Turns an uploaded image into a clean one: header checks first (dimensions, pixel count, frame count) so a
/// hostile header is refused before a single pixel buffer exists, then a bounded decode (time, memory,
/// concurrency), then a re-encode with every metadata block dropped — EXIF (GPS, camera serials), IPTC, XMP,
/// PNG text, GIF comments and ICC profiles — so nothing but pixels survives from the original.
/// ICC profiles are dropped too: they can carry free text, and browsers render untagged images as sRGB,
/// which is what almost every phone and camera photo is anyway.
/// </summary>
public sealed class ImageSanitizer(Configuration configuration, IOptions<MediaOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _decodeSlots = new(options.Value.MaxConcurrentDecodes, options.Value.MaxConcurrentDecodes);

    public Configuration Configuration => configuration;

    /// <summary>Checks the header of <paramref name="input"/> (seekable, positioned anywhere) and returns its dimensions.</summary>
    public (int Width, int Height, int Frames) Inspect(Stream input, string contentType)
    {
        var limits = options.Value;
        input.Position = 0;
        IImageInfo? info;
        try
        {
            info = Image.Identify(configuration, input);
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            throw MediaRejectedException.Invalid("The image header cannot be read (the file is damaged or truncated).");
        }

        if (info is null || info.Width <= 0 || info.Height <= 0)
        {
            throw MediaRejectedException.Invalid("The image header cannot be read (the file is damaged or truncated).");
        }

        if (info.Width > limits.MaxDimension || info.Height > limits.MaxDimension || (long)info.Width * info.Height > limits.MaxPixels)
        {
            throw MediaRejectedException.TooLarge(
                $"The image declares {info.Width} × {info.Height} pixels; the limit is {limits.MaxDimension} per side and {limits.MaxPixels:N0} in all.");
        }

        input.Position = 0;
        var frames = AnimationFrameCounter.Count(input, contentType, limits.MaxFrames);
        if (frames > limits.MaxFrames || (long)frames * info.Width * info.Height > limits.MaxTotalFramePixels)
        {
            throw MediaRejectedException.TooLarge($"The animation has more than {limits.MaxFrames} frames or too many pixels over all frames.");
        }

        input.Position = 0;
        return (info.Width, info.Height, Math.Max(frames, 1));
    }

    /// <summary>Decodes <paramref name="input"/> and writes a metadata-free re-encoding to <paramref name="output"/>.</summary>
    public async Task<(int Width, int Height)> ReencodeAsync(Stream input, string contentType, Stream output, CancellationToken cancellationToken)
    {
        Inspect(input, contentType);
        using var image = await DecodeAsync(input, cancellationToken);
        image.Mutate(x => x.AutoOrient());
        StripMetadata(image);
        await image.SaveAsync(output, EncoderFor(contentType, options.Value.DefaultQuality), cancellationToken);
        return (image.Width, image.Height);
    }

    /// <summary>
    /// Decodes within the time limit, holding one of the node's decode slots. The limit starts once a slot is
    /// held (it bounds the decode, not the queue), and the slot is released only when the decode really ends,
    /// even if the caller has already been answered: a runaway decode keeps counting against the node.
    /// </summary>
    public async Task<Image> DecodeAsync(Stream input, CancellationToken cancellationToken)
    {
        await _decodeSlots.WaitAsync(cancellationToken);
        using var timeout = new CancellationTokenSource(options.Value.DecodeTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked.Token;
        input.Position = 0;
        var decode = Task.Run(() => Image.LoadAsync(configuration, input, token), CancellationToken.None);
        _ = decode.ContinueWith(_ => _decodeSlots.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await decode.WaitAsync(token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            _ = decode.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw MediaRejectedException.TooLarge($"The image took longer than {options.Value.DecodeTimeout.TotalSeconds:0.#} s to decode.");
        }
        catch (Exception e) when (IsDecodeFailure(e))
        {
            throw MediaRejectedException.Invalid("The image cannot be decoded (the file is damaged, truncated or exceeds the decoder's memory limit).");
        }
    }

    public static void StripMetadata(Image image)
    {
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        metadata.IptcProfile = null;
        metadata.XmpProfile = null;
        metadata.IccProfile = null;
        metadata.GetPngMetadata().TextData.Clear();
        metadata.GetGifMetadata().Comments.Clear();
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    public static IImageEncoder EncoderFor(string contentType, int quality) => contentType switch
    {
        MediaFormats.Jpeg => new JpegEncoder { Quality = quality },
        MediaFormats.Png => new PngEncoder { CompressionLevel = PngCompressionLevel.DefaultCompression },
        MediaFormats.Gif => new GifEncoder(),
        MediaFormats.WebP => new WebpEncoder { Quality = quality, FileFormat = WebpFileFormatType.Lossy },
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an image format."),
    };

    private static bool IsDecodeFailure(Exception e) =>
        e is ImageFormatException or UnknownImageFormatException or InvalidImageContentException
            or InvalidMemoryOperationException or NotSupportedException or EndOfStreamException
            or IndexOutOfRangeException or ArgumentException or InvalidOperationException;

    public void Dispose() => _decodeSlots.Dispose();
}
