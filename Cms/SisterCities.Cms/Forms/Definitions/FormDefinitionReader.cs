using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>A form with one of its versions, as read for rendering or for a submission.</summary>
public sealed record LoadedForm(FormDefinition Form, FormVersion Version);

public sealed class FormDefinitionReader(CmsDbContext db)
{
    /// <summary>The form and its <paramref name="version"/> (the current one when null); null when either is missing.</summary>
    public async Task<LoadedForm?> FindAsync(Guid key, int? version, CancellationToken cancellationToken)
    {
        var form = await db.Set<FormDefinition>().AsNoTracking().SingleOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (form is null)
        {
            return null;
        }

        var number = version ?? form.CurrentVersion;
        var row = await db.Set<FormVersion>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.FormId == form.Id && v.Number == number, cancellationToken);
        return row is null ? null : new LoadedForm(form, row);
    }

    /// <summary>A network-wide form serves every site; a site's form only its own site.</summary>
    public static bool ServesSite(FormDefinition form, int? siteId) => form.SiteId is null || form.SiteId == siteId;
}
