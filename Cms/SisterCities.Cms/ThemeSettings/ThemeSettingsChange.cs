namespace SisterCities.Cms.ThemeSettings;

/// <summary>What the settings form sends: the whole set of settings for one site.</summary>
public sealed record ThemeSettingsChange(
    string Theme,
    string? PrimaryColour,
    Guid? LogoMediaKey,
    Guid? CoatOfArmsMediaKey,
    string? FooterTextUk,
    string? FooterTextEn);
