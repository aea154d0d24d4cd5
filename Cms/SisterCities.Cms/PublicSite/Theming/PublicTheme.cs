namespace SisterCities.Cms.PublicSite.Theming;

/// <summary>
/// A theme as the CMS sees it: a name that sites pick in their <c>Theme</c> field, the folder of its compiled
/// Razor views (<c>/Views/Themes/{Name}</c>, so two themes never collide) and the base path of its static
/// assets (a Razor class library's <c>wwwroot</c>, served under <c>/_content/{assembly}/</c>).
/// </summary>
/// <param name="Name">What a site's <c>Theme</c> field holds: <c>Default</c>, <c>Heritage</c>.</param>
/// <param name="ViewsFolder">App-relative folder of the views, e.g. <c>/Views/Themes/Default</c>.</param>
/// <param name="AssetsPath">App-relative base of the static assets, e.g. <c>/_content/SisterCities.Themes.Default</c>.</param>
public sealed record PublicTheme(string Name, string ViewsFolder, string AssetsPath)
{
    /// <summary>The view for <paramref name="viewName"/> (one of <see cref="ThemeViewNames"/>).</summary>
    public string View(string viewName) => $"{ViewsFolder}/{viewName}.cshtml";

    /// <summary>The app-relative (<c>~/</c>) path of a static asset of the theme.</summary>
    public string Asset(string file) => $"~{AssetsPath}/{file}";
}
