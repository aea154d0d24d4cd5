using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PublicSite.Theming;

/// <summary>
/// <c>sites theme &lt;key&gt; &lt;theme&gt;</c>: switches a site to a registered theme. Saved through EF Core, so the
/// change feed tells every running instance to reload its site directory. Exit codes: 0 done, 1 unknown site or
/// theme, 2 usage.
/// </summary>
public sealed class SiteThemeCommand(CmsDbContext db, ThemeRegistry themes, SiteDirectory directory) : ICliCommand
{
    public string Name => "sites theme";

    public string Usage => "sites theme <site key> <theme name>";

    public string Description => "Switch a site to another registered theme (e.g. Default, Heritage); content and URLs stay.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 2)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var theme = themes.All.FirstOrDefault(t => string.Equals(t.Name, arguments[1], StringComparison.OrdinalIgnoreCase));
        if (theme is null)
        {
            await output.WriteLineAsync($"sites theme: no theme '{arguments[1]}'. Registered: {string.Join(", ", themes.All.Select(t => t.Name).Order(StringComparer.Ordinal))}.");
            return 1;
        }

        var site = await db.Set<Site>().SingleOrDefaultAsync(s => s.Key == arguments[0], cancellationToken);
        if (site is null)
        {
            await output.WriteLineAsync($"sites theme: no site with key '{arguments[0]}'.");
            return 1;
        }

        var previous = site.Theme;
        site.Theme = theme.Name;
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        await output.WriteLineAsync($"sites theme: {site.Key} now uses {theme.Name} (was {previous}).");
        return 0;
    }
}
