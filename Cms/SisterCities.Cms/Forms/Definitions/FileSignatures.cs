namespace SisterCities.Cms.Forms.Definitions;

/// <summary>
/// Recognises an upload by its first bytes, never by its name or the browser's content type, which the sender controls.
/// Signatures: JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A, PDF "%PDF-".
/// </summary>
public static class FileSignatures
{
    public static readonly IReadOnlyList<string> Kinds = ["jpeg", "png", "pdf"];

    private static readonly (string Kind, byte[] Magic, string ContentType, string Extension)[] Known =
    [
        ("jpeg", [0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ("pdf", "%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
    ];

    public static bool IsKnownKind(string kind) => Kinds.Contains(kind, StringComparer.Ordinal);

    /// <summary>The kind of file <paramref name="head"/> starts, or null when it is none we accept.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var (kind, magic, _, _) in Known)
        {
            if (head.StartsWith(magic))
            {
                return kind;
            }
        }

        return null;
    }

    public static string ContentType(string kind) => Known.First(k => k.Kind == kind).ContentType;

    public static string Extension(string kind) => Known.First(k => k.Kind == kind).Extension;
}
