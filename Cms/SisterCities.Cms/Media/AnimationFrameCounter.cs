using System.Buffers.Binary;

namespace SisterCities.Cms.Media;

/// <summary>
/// Counts the frames of a GIF or an animated WebP by walking its block structure, without decompressing
/// anything, so an animation with thousands of frames is refused before ImageSharp 2.x (which has no
/// frame limit of its own) would decode them all. Stops counting once past <c>stopAfter</c>.
/// </summary>
public static class AnimationFrameCounter
{
    public static int Count(Stream stream, string contentType, int stopAfter) => contentType switch
    {
        MediaFormats.Gif => CountGif(stream, stopAfter),
        MediaFormats.WebP => CountWebP(stream, stopAfter),
        _ => 1,
    };

    // GIF89a specification (W3C, 1990): header, logical screen descriptor, optional global colour table,
    // then blocks: 0x2C image descriptor, 0x21 extension, 0x3B trailer. Sub-blocks end with a zero length.
    private static int CountGif(Stream stream, int stopAfter)
    {
        stream.Position = 10;
        var packed = stream.ReadByte();
        if (packed < 0)
        {
            return 0;
        }

        stream.Position = 13;
        if ((packed & 0x80) != 0)
        {
            stream.Position += 3 * (1 << ((packed & 0x07) + 1));
        }

        var frames = 0;
        Span<byte> descriptor = stackalloc byte[9];
        while (frames <= stopAfter)
        {
            switch (stream.ReadByte())
            {
                case 0x2C:
                    frames++;
                    if (stream.ReadAtLeast(descriptor, 9, throwOnEndOfStream: false) < 9)
                    {
                        return frames;
                    }

                    if ((descriptor[8] & 0x80) != 0)
                    {
                        stream.Position += 3 * (1 << ((descriptor[8] & 0x07) + 1));
                    }

                    stream.Position += 1; // LZW minimum code size
                    if (!SkipSubBlocks(stream))
                    {
                        return frames;
                    }

                    break;
                case 0x21:
                    stream.Position += 1; // extension label
                    if (!SkipSubBlocks(stream))
                    {
                        return frames;
                    }

                    break;
                default:
                    return frames; // trailer, end of stream or garbage
            }
        }

        return frames;
    }

    private static bool SkipSubBlocks(Stream stream)
    {
        while (true)
        {
            var length = stream.ReadByte();
            if (length < 0)
            {
                return false;
            }

            if (length == 0)
            {
                return true;
            }

            stream.Position += length;
            if (stream.Position > stream.Length)
            {
                return false;
            }
        }
    }

    // RIFF container (Google WebP container specification): chunks of FourCC, little-endian size, data padded to even.
    private static int CountWebP(Stream stream, int stopAfter)
    {
        stream.Position = 12;
        Span<byte> header = stackalloc byte[8];
        var animationFrames = 0;
        while (animationFrames <= stopAfter && stream.ReadAtLeast(header, 8, throwOnEndOfStream: false) == 8)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            if (header[..4].SequenceEqual("ANMF"u8))
            {
                animationFrames++;
            }

            stream.Position += size + (size & 1);
        }

        return Math.Max(1, animationFrames);
    }
}
