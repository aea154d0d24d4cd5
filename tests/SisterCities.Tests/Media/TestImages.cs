using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.PixelFormats;

namespace SisterCities.Tests.Media;

/// <summary>Real images (and hostile files) made in code, so every test says exactly what it feeds the server.</summary>
public static class TestImages
{
    public const string CameraSerial = "SERIAL-0xC0FFEE-4242";
    public const string SecretText = "secret-caption-of-the-photographer";

    /// <summary>A JPEG carrying EXIF GPS (Lviv city hall), a camera serial and an IPTC caption.</summary>
    public static byte[] JpegWithGps(int width = 320, int height = 200, Color? color = null)
    {
        using var image = Gradient(width, height, color);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(49, 1), new Rational(50, 1), new Rational(29, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(24, 1), new Rational(1, 1), new Rational(54, 1)]);
        exif.SetValue(ExifTag.Make, "TestCam");
        exif.SetValue(ExifTag.SerialNumber, CameraSerial);
        image.Metadata.ExifProfile = exif;
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.Caption, SecretText);
        image.Metadata.IptcProfile = iptc;
        return Encode(image, new JpegEncoder { Quality = 90 });
    }

    public static byte[] Png(int width = 120, int height = 80, Color? color = null)
    {
        using var image = Gradient(width, height, color);
        image.Metadata.GetPngMetadata().TextData.Add(new PngTextData("Comment", SecretText, "", ""));
        return Encode(image, new PngEncoder());
    }

    /// <summary>A PNG of seeded random noise: barely compressible, so a modest size makes a file of several megabytes, like a phone photo.</summary>
    public static byte[] Noise(int width, int height, int seed = 7)
    {
        var random = new Random(seed);
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                random.NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rows.GetRowSpan(y)));
            }
        });
        return Encode(image, new PngEncoder());
    }

    public static byte[] AnimatedGif(int frames, int size = 8)
    {
        using var image = new Image<Rgba32>(size, size, Color.Red);
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(size, size, i % 2 == 0 ? Color.Red : Color.Blue);
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }

        return Encode(image, new GifEncoder());
    }

    /// <summary>A valid PNG signature and IHDR (correct CRC) declaring <paramref name="width"/> × <paramref name="height"/>, then a tiny IDAT and IEND.</summary>
    public static byte[] PngHeaderDeclaring(uint width, uint height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // RGBA
        WriteChunk(stream, "IHDR", ihdr);
        WriteChunk(stream, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        WriteChunk(stream, "IEND", []);
        return stream.ToArray();
    }

    /// <summary>A baseline JPEG start (SOI + SOF0) declaring 65,000 × 65,000 pixels, the most a JPEG header can.</summary>
    public static byte[] JpegHeaderDeclaringHuge()
    {
        var jpeg = JpegWithGps(16, 16);
        var sof = FindMarker(jpeg, 0xC0);
        // SOF0: FF C0, length(2), precision(1), height(2), width(2).
        jpeg[sof + 5] = 0xFD; jpeg[sof + 6] = 0xE8;
        jpeg[sof + 7] = 0xFD; jpeg[sof + 8] = 0xE8;
        return jpeg;
    }

    /// <summary>Highly compressible data zipped in code: 64 MB of zeros in a few tens of kilobytes.</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A real GIF with an HTML/JS payload appended after its trailer: a GIF/HTML polyglot.</summary>
    public static byte[] GifWithHtmlPayload() =>
        [.. AnimatedGif(1, 16), .. Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script></html>")];

    /// <summary>Starts as a GIF, but the rest is script: not a decodable image.</summary>
    public static byte[] GifHeaderThenScript() => Encoding.ASCII.GetBytes("GIF89a=1;/*\u0001\u0001*/alert(document.cookie);//<script>alert(1)</script>");

    public static byte[] PdfWithHtml() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n<html><body><script>alert(document.domain)</script></body></html>\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private static Image<Rgba32> Gradient(int width, int height, Color? color)
    {
        var image = new Image<Rgba32>(width, height);
        var tint = (color ?? Color.SeaGreen).ToPixel<Rgba32>();
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32((byte)(x * 255 / width), tint.G, (byte)(y * 255 / height), 255);
                }
            }
        });
        return image;
    }

    private static byte[] Encode(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    private static int FindMarker(byte[] jpeg, byte marker)
    {
        for (var i = 2; i < jpeg.Length - 1; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] == marker)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Marker not found.");
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        stream.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, Crc32([.. typeBytes, .. data]));
        stream.Write(length);
    }

    // CRC-32 (ISO 3309, polynomial 0xEDB88320) as the PNG specification requires for every chunk.
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
