using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>Creates forms and adds versions. A schema change never edits a version: it appends the next one.</summary>
public sealed class FormDefinitionWriter(CmsDbContext db, TimeProvider clock)
{
    /// <summary>Creates a form with version 1. Callers check <see cref="FormSchemaRules"/> first.</summary>
    public async Task<FormDefinition> CreateAsync(Guid key, int? siteId, string name, FormSchema schema, CancellationToken cancellationToken)
    {
        EnsureValid(schema);
        var now = clock.GetUtcNow();
        var form = new FormDefinition { Key = key, SiteId = siteId, Name = name.Trim(), CurrentVersion = 1, CreatedAt = now, UpdatedAt = now };
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        db.Add(form);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new FormVersion { FormId = form.Id, Number = 1, Schema = schema, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return form;
    }

    /// <summary>Appends a version and makes it current; entries already stored keep pointing at theirs.</summary>
    public async Task<FormVersion> SaveVersionAsync(Guid key, FormSchema schema, CancellationToken cancellationToken)
    {
        EnsureValid(schema);
        var form = await db.Set<FormDefinition>().SingleAsync(f => f.Key == key, cancellationToken);
        var now = clock.GetUtcNow();
        var number = await db.Set<FormVersion>().Where(v => v.FormId == form.Id).MaxAsync(v => v.Number, cancellationToken) + 1;
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var version = new FormVersion { FormId = form.Id, Number = number, Schema = schema, CreatedAt = now };
        db.Add(version);
        form.CurrentVersion = number;
        form.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    private static void EnsureValid(FormSchema schema)
    {
        var errors = FormSchemaRules.Check(schema);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid form schema: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")), nameof(schema));
        }
    }
}
