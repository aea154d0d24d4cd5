using SisterCities.Cms.Media;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;
using SisterCities.Cms.ThemeSettings;

namespace SisterCities.Cms.Backoffice.Models;

/// <summary>The theme settings page of one site: the values shown (saved, or as typed when refused) and the images to pick from.</summary>
public sealed record ThemeSettingsModel(
    SiteSummary Site,
    ThemeSettingsChange Values,
    IReadOnlyList<PublicTheme> Themes,
    IReadOnlyList<MediaItem> Images,
    IReadOnlyDictionary<string, string[]> Errors,
    bool Saved)
{
    public const int ImageChoices = 200;
}
