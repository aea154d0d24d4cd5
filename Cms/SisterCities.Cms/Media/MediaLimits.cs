namespace SisterCities.Cms.Media;

/// <summary>Fixed bounds that are not worth configuring.</summary>
public static class MediaLimits
{
    public const int MaxAltTextLength = 500;

    public const int MaxFileNameLength = 120;

    public const int MaxFolderLength = 200;

    public const int MaxSearchTake = 200;
}
