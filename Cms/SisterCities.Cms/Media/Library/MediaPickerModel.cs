using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Media.Library;

/// <summary>Choosing an image for a content item's media property, from its site's library or the network's.</summary>
public sealed class MediaPickerModel
{
    public required Guid ContentKey { get; init; }

    public required string ContentName { get; init; }

    public required string Culture { get; init; }

    public required string Property { get; init; }

    public required string PropertyName { get; init; }

    public required int Revision { get; init; }

    public required SiteSummary Site { get; init; }

    /// <summary>True when the network library is shown, false for the site's own.</summary>
    public required bool Network { get; init; }

    public Guid? Current { get; init; }

    public string? Name { get; init; }

    public int Page { get; init; } = 1;

    public int Total { get; init; }

    public IReadOnlyList<MediaItem> Items { get; init; } = [];

    public int Pages => Math.Max(1, (Total + MediaLibraryController.PageSize - 1) / MediaLibraryController.PageSize);

    public string Link(bool network, string? name, int page) =>
        $"/backoffice/media/pick?item={ContentKey}&culture={Uri.EscapeDataString(Culture)}&property={Uri.EscapeDataString(Property)}"
        + (network ? "&library=network" : "")
        + (string.IsNullOrEmpty(name) ? "" : "&name=" + Uri.EscapeDataString(name))
        + (page > 1 ? "&page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
}
