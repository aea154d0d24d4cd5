using System.Text;

namespace SisterCities.Cms.Media;

/// <summary>
/// Makes an uploaded file name safe to show and to put in a URL segment. The result is a label only:
/// stored files live under their content hash, so no name, however hostile, reaches the file system.
/// </summary>
public static class MediaFileName
{
    /// <summary>Keeps the last path segment, drops control and reserved characters and dot runs, and sets the extension the bytes decided.</summary>
    public static string Sanitize(string? uploadedName, string contentType)
    {
        var name = uploadedName ?? "";
        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        if (lastSeparator >= 0)
        {
            name = name[(lastSeparator + 1)..];
        }

        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
            }
            else if ((c is ' ' or '.' or '(' or ')' or '+') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safeStem = builder.ToString().Trim('-', '_');
        if (safeStem.Length == 0)
        {
            safeStem = "file";
        }

        var extension = "." + MediaFormats.Extension(contentType);
        var maxStem = MediaLimits.MaxFileNameLength - extension.Length;
        if (safeStem.Length > maxStem)
        {
            safeStem = safeStem[..maxStem];
        }

        return safeStem + extension;
    }

    /// <summary>A library folder like <c>events/2026</c>: segments sanitized the same way, no empty, dot or dot-dot segments.</summary>
    public static string SanitizeFolder(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return "";
        }

        var segments = folder.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => new string(s.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray()))
            .Where(s => s.Length > 0);
        var result = string.Join('/', segments);
        return result.Length > MediaLimits.MaxFolderLength ? result[..MediaLimits.MaxFolderLength] : result;
    }
}
