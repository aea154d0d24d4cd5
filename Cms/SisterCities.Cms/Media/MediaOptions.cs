using System.ComponentModel.DataAnnotations;

namespace SisterCities.Cms.Media;

/// <summary>
/// The <c>Cms:Media</c> section. Every bound that protects the decoder is here, validated at start-up,
/// because SixLabors.ImageSharp 2.x has had crafted-image flaws: nothing is decoded without a size, pixel,
/// frame and time limit.
/// </summary>
public sealed class MediaOptions
{
    public const string Section = "Cms:Media";

    /// <summary>Largest upload accepted, in bytes (default 20 MB).</summary>
    [Range(1024, 1L << 31)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest width × height an image header may declare (default 50 megapixels); checked before any decode.</summary>
    [Range(1, 200_000_000)]
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>Largest width or height an image header may declare.</summary>
    [Range(1, 65_535)]
    public int MaxDimension { get; set; } = 12_000;

    /// <summary>Most frames an animated GIF or WebP may have.</summary>
    [Range(1, 10_000)]
    public int MaxFrames { get; set; } = 200;

    /// <summary>Most pixels over all frames of an animation (frames × width × height).</summary>
    [Range(1, 2_000_000_000)]
    public long MaxTotalFramePixels { get; set; } = 100_000_000;

    /// <summary>How long one decode + re-encode may take before the upload is refused.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan DecodeTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Hard cap on ImageSharp's memory for one allocation set, in megabytes (its AllocationLimitMegabytes).</summary>
    [Range(16, 4096)]
    public int DecoderMemoryLimitMegabytes { get; set; } = 512;

    /// <summary>Pooled memory ImageSharp may keep between requests, in megabytes.</summary>
    [Range(0, 1024)]
    public int DecoderPoolMegabytes { get; set; } = 64;

    /// <summary>How many images may be decoded at once on this node: bounds peak memory.</summary>
    [Range(1, 64)]
    public int MaxConcurrentDecodes { get; set; } = 2;

    /// <summary>Largest width or height a rendition may ask for.</summary>
    [Range(16, 8000)]
    public int MaxRenditionDimension { get; set; } = 3000;

    /// <summary>JPEG/WebP quality used when re-encoding uploads and when a rendition names none.</summary>
    [Range(1, 100)]
    public int DefaultQuality { get; set; } = 85;

    /// <summary>Where originals are kept. Empty: <c>media</c> below <c>Cms:DataPath</c>. May be a shared volume for several nodes.</summary>
    public string StoragePath { get; set; } = "";

    /// <summary>Where renditions are cached (per node is fine: they can always be remade). Empty: <c>media-cache</c> below the data folder.</summary>
    public string RenditionCachePath { get; set; } = "";

    /// <summary>
    /// The file holding the HMAC key for rendition URLs. Empty: <c>keys/media-url-signing.key</c> below the data folder,
    /// generated on first start. Nodes behind one load balancer must share it (put it on the shared volume).
    /// </summary>
    public string SigningKeyPath { get; set; } = "";
}
