using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.ThemeSettings;

/// <summary>
/// Saves a site's theme and theme settings for its site admins (or a network admin): checks the colour's contrast
/// where the themes use it, that chosen images are images of this site's (or the network's) library with alt text,
/// and writes the site and its audit row in one SaveChanges. The change feed tells every node to reload the site.
/// </summary>
public sealed class ThemeSettingsWriter(CmsDbContext db, ThemeRegistry themes, AuditTrail audit, SiteDirectory directory)
{
    public const int MaxFooterLength = 500;

    public async Task<WorkflowOutcome> SaveAsync(Editor actor, int siteId, ThemeSettingsChange change, CancellationToken cancellationToken)
    {
        if (!actor.Can(siteId, SiteRole.SiteAdmin))
        {
            return WorkflowOutcome.Forbidden;
        }

        var site = await db.Set<Site>().SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        if (site is null)
        {
            return WorkflowOutcome.NotFound;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var theme = themes.All.FirstOrDefault(t => string.Equals(t.Name, change.Theme, StringComparison.OrdinalIgnoreCase));
        if (theme is null)
        {
            errors["theme"] = [$"No theme '{change.Theme}'. Choose one of: {string.Join(", ", themes.All.Select(t => t.Name).Order(StringComparer.Ordinal))}."];
        }

        var colour = string.IsNullOrWhiteSpace(change.PrimaryColour) ? null : change.PrimaryColour.Trim().ToLowerInvariant();
        if (colour is not null)
        {
            if (!ContrastRatio.IsHexColour(colour))
            {
                errors["primaryColour"] = ["Write the colour as #rrggbb, e.g. #0b3d78."];
            }
            else if (PrimaryColourUsage.Problem(colour) is { } problem)
            {
                errors["primaryColour"] = [problem];
            }
        }

        await CheckImageAsync(site.Id, change.LogoMediaKey, "logoMediaKey", errors, cancellationToken);
        await CheckImageAsync(site.Id, change.CoatOfArmsMediaKey, "coatOfArmsMediaKey", errors, cancellationToken);
        CheckFooter(change.FooterTextUk, "footerTextUk", errors);
        CheckFooter(change.FooterTextEn, "footerTextEn", errors);
        if (errors.Count > 0)
        {
            return WorkflowOutcome.Invalid("The settings were not saved.", errors);
        }

        var settings = new SiteThemeSettings
        {
            PrimaryColour = colour,
            LogoMediaKey = change.LogoMediaKey,
            CoatOfArmsMediaKey = change.CoatOfArmsMediaKey,
            FooterTextUk = Trimmed(change.FooterTextUk),
            FooterTextEn = Trimmed(change.FooterTextEn),
        };
        var before = $"theme {site.Theme}, {site.ThemeSettings}";
        site.Theme = theme!.Name;
        site.ThemeSettings = settings.ToJson();
        audit.Record(site.Id, actor, AuditActions.ThemeSettingsChanged, site.Key, detail: $"theme {site.Theme}, {site.ThemeSettings} (was {before})");
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return WorkflowOutcome.Done;
    }

    private async Task CheckImageAsync(int siteId, Guid? key, string field, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return;
        }

        var item = await db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (item is null || (item.SiteId is not null && item.SiteId != siteId))
        {
            errors[field] = ["Choose an image from this site's media library."];
        }
        else if (!item.IsImage)
        {
            errors[field] = [$"{item.FileName} is not an image."];
        }
        else if (item.PublicUseProblems() is { Count: > 0 } problems)
        {
            errors[field] = [.. problems];
        }
    }

    private static void CheckFooter(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is { Length: > MaxFooterLength })
        {
            errors[field] = [$"At most {MaxFooterLength} characters."];
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
