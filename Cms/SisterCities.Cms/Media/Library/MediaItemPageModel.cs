using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Media.Library;

/// <summary>One media item in the backoffice: preview, alt text, focal point, "used by", rename and delete.</summary>
public sealed class MediaItemPageModel
{
    public required MediaItem Item { get; init; }

    public required SiteSummary? Site { get; init; }

    public required string LibraryPath { get; init; }

    public required bool CanWrite { get; init; }

    public required IReadOnlyList<MediaUseView> Uses { get; init; }

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public string? Notice { get; init; }

    /// <summary>Form values to show again after a refusal (alt texts, focal point in percent, name).</summary>
    public string? AltUk { get; init; }

    public string? AltEn { get; init; }

    public string? FocalLeft { get; init; }

    public string? FocalTop { get; init; }

    public string? NewName { get; init; }

    public bool DeleteRefused { get; init; }
}
