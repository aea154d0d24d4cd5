// Media benchmark: (1) time to make the first rendition of a 12-megapixel JPEG at three sizes;
// (2) the host then serves one cached rendition and a static file of exactly the same bytes, for wrk (see run.sh).
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using SisterCities.Cms;
using SisterCities.Cms.Media;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

var dataPath = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "sistercities-bench-media");
const string Url = "http://127.0.0.1:5180";
var builder = WebApplication.CreateBuilder([
    $"--Cms:DataPath={dataPath}", "--Cms:SeedDemoNetwork=false", "--ConnectionStrings:Cms=", $"--urls={Url}",
    "--Logging:LogLevel:Default=Warning",
]);
builder.AddSisterCitiesCms();
var app = builder.Build();
await app.UseSisterCitiesCmsAsync();

// A 4000 × 3000 photo-like JPEG (gradients plus noise, so it compresses like a photo, not like a flat colour).
var source = Path.Combine(dataPath, "photo-12mp.jpg");
using (var photo = new Image<Rgb24>(4000, 3000))
{
    var random = new Random(7);
    photo.ProcessPixelRows(rows =>
    {
        for (var y = 0; y < rows.Height; y++)
        {
            var row = rows.GetRowSpan(y);
            for (var x = 0; x < row.Length; x++)
            {
                row[x] = new Rgb24((byte)((x / 16) + random.Next(24)), (byte)((y / 12) + random.Next(24)), (byte)(((x + y) / 28) + random.Next(24)));
            }
        }
    });
    await photo.SaveAsync(source, new JpegEncoder { Quality = 90 });
}

var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(source)));
var stopwatch = Stopwatch.StartNew();
MediaItem item;
await using (var scope = app.Services.CreateAsyncScope())
{
    var copy = Path.Combine(dataPath, "upload.tmp");
    File.Copy(source, copy, overwrite: true);
    await using var upload = new ReceivedUpload(copy, "photo-12mp.jpg", new FileInfo(source).Length, hash);
    (item, _) = await scope.ServiceProvider.GetRequiredService<MediaLibrary>()
        .AddAsync(upload, new MediaUploadRequest(null, "bench", "Тест", "Test", null, "bench"), CancellationToken.None);
}

Console.WriteLine($"upload (identify + decode + re-encode 12 MP, {new FileInfo(source).Length:N0} bytes): {stopwatch.ElapsedMilliseconds} ms");
var renderer = app.Services.GetRequiredService<RenditionRenderer>();
var urls = app.Services.GetRequiredService<MediaUrls>();
string? sample = null;
string? sampleUrl = null;
foreach (var width in new[] { 480, 1024, 1920 })
{
    var parameters = new RenditionParameters { Width = width, Format = "jpg" };
    stopwatch.Restart();
    var path = await renderer.GetOrCreateAsync(item, parameters, MediaFormats.Jpeg, CancellationToken.None);
    Console.WriteLine($"first rendition width={width}: {stopwatch.ElapsedMilliseconds} ms ({new FileInfo(path).Length:N0} bytes)");
    if (width == 1024)
    {
        (sample, sampleUrl) = (path, urls.Rendition(item, parameters));
    }
}

var staticFolder = Directory.CreateDirectory(Path.Combine(dataPath, "bench-static")).FullName;
File.Copy(sample!, Path.Combine(staticFolder, "same-size.jpg"), overwrite: true);
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(staticFolder), RequestPath = "/bench-static" });
await app.StartAsync();
await File.WriteAllTextAsync(Path.Combine(dataPath, "urls.txt"), $"{Url}/bench-static/same-size.jpg\n{Url}{sampleUrl}\n");
Console.WriteLine($"serving; rendition and static copy are {new FileInfo(sample!).Length:N0} bytes");
await app.WaitForShutdownAsync();
