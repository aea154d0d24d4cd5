namespace SisterCities.Cms.PublicSite.Theming;

/// <summary>
/// The themes the host registered. A site names its theme; a name nobody registered (a typo, a removed
/// plug-in) falls back to <see cref="DefaultThemeName"/> so the site still renders.
/// </summary>
public sealed class ThemeRegistry
{
    public const string DefaultThemeName = "Default";

    private readonly Dictionary<string, PublicTheme> _themes;

    public ThemeRegistry(IEnumerable<PublicTheme> themes)
    {
        _themes = new Dictionary<string, PublicTheme>(StringComparer.OrdinalIgnoreCase);
        foreach (var theme in themes)
        {
            _themes[theme.Name] = theme;
        }
    }

    public IReadOnlyCollection<PublicTheme> All => _themes.Values;

    public PublicTheme Default => _themes.GetValueOrDefault(DefaultThemeName)
        ?? throw new InvalidOperationException(
            "No 'Default' theme is registered: call services.AddDefaultTheme() in the host's Program.cs after AddSisterCitiesCms().");

    public PublicTheme For(string? name) =>
        name is not null && _themes.TryGetValue(name, out var theme) ? theme : Default;
}
