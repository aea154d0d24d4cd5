namespace SisterCities.Cms.Media;

/// <summary>
/// Named renditions that work without a signature (<c>?preset=card</c>): a fixed, small set, so an anonymous
/// caller can make at most a few renditions per image and cannot fill the disk or the CPU with variants.
/// They are also the "crops" of the Delivery API.
/// </summary>
public static class RenditionPresets
{
    public static readonly IReadOnlyDictionary<string, RenditionParameters> All = new Dictionary<string, RenditionParameters>(StringComparer.Ordinal)
    {
        ["thumb"] = new() { Width = 160, Height = 160, Mode = "crop" },
        ["card"] = new() { Width = 640, Height = 400, Mode = "crop" },
        ["hero"] = new() { Width = 1600, Height = 700, Mode = "crop" },
    };
}
