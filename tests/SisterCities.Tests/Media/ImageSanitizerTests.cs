using Microsoft.Extensions.Options;
using SisterCities.Cms.Media;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace SisterCities.Tests.Media;

/// <summary>The decoder guard on its own, without a host.</summary>
public sealed class ImageSanitizerTests : IDisposable
{
    private readonly MediaOptions _options = new() { MaxFrames = 50 };
    private readonly ImageSanitizer _sanitizer;

    public ImageSanitizerTests()
    {
        _sanitizer = new ImageSanitizer(MediaImageConfiguration.Create(_options), Options.Create(_options), TimeProvider.System);
    }

    [Fact]
    public void Huge_declared_png_is_refused_from_its_header_without_allocating_pixels()
    {
        using var stream = new MemoryStream(TestImages.PngHeaderDeclaring(100_000, 100_000));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<MediaRejectedException>(() => _sanitizer.Inspect(stream, MediaFormats.Png));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(413, refused.StatusCode);
        // Decoding would need 100,000² × 4 bytes = 40 GB; reading the header takes a few kilobytes of buffers.
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Gif_frames_are_counted_without_decoding_and_counting_stops_past_the_limit()
    {
        using var few = new MemoryStream(TestImages.AnimatedGif(7));
        Assert.Equal(7, AnimationFrameCounter.Count(few, MediaFormats.Gif, 50));
        using var many = new MemoryStream(TestImages.AnimatedGif(400));
        Assert.Equal(51, AnimationFrameCounter.Count(many, MediaFormats.Gif, 50));
    }

    [Fact]
    public async Task Webp_is_accepted_and_reencoded_as_webp()
    {
        using var image = new Image<Rgba32>(64, 40, Color.CornflowerBlue);
        using var input = new MemoryStream();
        await image.SaveAsync(input, new WebpEncoder());
        Assert.Equal(MediaFormats.WebP, MediaFormats.Detect(input.ToArray()));
        using var output = new MemoryStream();
        var (width, height) = await _sanitizer.ReencodeAsync(input, MediaFormats.WebP, output, CancellationToken.None);
        Assert.Equal((64, 40), (width, height));
        Assert.Equal(MediaFormats.WebP, MediaFormats.Detect(output.ToArray()));
        Assert.Equal(1, AnimationFrameCounter.Count(new MemoryStream(output.ToArray()), MediaFormats.WebP, 50));
    }

    [Fact]
    public void Formats_outside_the_list_are_not_even_registered_with_the_decoder()
    {
        var configuration = MediaImageConfiguration.Create(_options);
        Assert.Equal(["GIF", "JPEG", "PNG", "Webp"], configuration.ImageFormats.Select(f => f.Name).Order(StringComparer.Ordinal).ToArray());
    }

    public void Dispose() => _sanitizer.Dispose();
}
