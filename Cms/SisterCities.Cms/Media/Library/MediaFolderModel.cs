using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Media.Library;

/// <summary>One library (a site's or the network's) in the backoffice: folders, a page of items, search and upload.</summary>
public sealed class MediaFolderModel
{
    public required SiteSummary? Site { get; init; }

    public required string Path { get; init; }

    public required bool CanWrite { get; init; }

    public required IReadOnlyList<string> Folders { get; init; }

    public string? Folder { get; init; }

    public string? Name { get; init; }

    public int Page { get; init; } = 1;

    public int Total { get; init; }

    public IReadOnlyList<MediaItem> Items { get; init; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public string? Notice { get; init; }

    /// <summary>What the user typed into the upload form, shown again after a refusal.</summary>
    public (string? Folder, string? AltUk, string? AltEn) Upload { get; init; }

    public int Pages => Math.Max(1, (Total + MediaLibraryController.PageSize - 1) / MediaLibraryController.PageSize);

    public string Title => Site is null ? "Network library" : $"Library of {Site.NameEn}";

    /// <summary>This page's address with one query value changed (paging keeps the folder and search).</summary>
    public string Link(int page) =>
        Path + "?" + string.Join("&", new[] { ("folder", Folder), ("name", Name), ("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
}
