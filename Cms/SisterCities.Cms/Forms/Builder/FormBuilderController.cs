using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>
/// The form builder: list, create, edit. The whole draft travels in the page's inputs, so every button works
/// without JavaScript; only Save writes, and it appends a new version (entries keep the version they answered).
/// Access is <see cref="IFormEntryAccess"/>, the rule of the entries API: editors of the form's site, network admins for network forms.
/// </summary>
[Route(Path)]
public sealed class FormBuilderController(
    CmsDbContext db, SiteDirectory sites, FormDefinitionWriter writer, IFormEntryAccess access, IDataProtectionProvider protection) : BackofficeController
{
    public const string Path = "backoffice/forms";

    private readonly IDataProtector _secrets = protection.CreateProtector("SisterCities.Forms.Builder.WebhookSecret.v1");

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await ListAsync(new Dictionary<string, string>(), StatusCodes.Status200OK, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Create(string? name, string? owner, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            errors["c-name"] = "Give the form a name of at most 200 characters.";
        }

        SiteSummary? site = null;
        if (owner != "network" && (site = await sites.FindByKeyAsync(owner ?? "", cancellationToken)) is null)
        {
            errors["c-owner"] = "Choose the site the form belongs to.";
        }

        if (errors.Count > 0)
        {
            return await ListAsync(errors, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        if (!await access.CanManageAsync(User, site?.Id, cancellationToken))
        {
            return Forbidden();
        }

        var schema = new FormSchema { Pages = [new FormPage(new LocalizedText("Сторінка 1", "Page 1"), [])] };
        var form = await writer.CreateAsync(Guid.NewGuid(), site?.Id, name!, schema, cancellationToken);
        return Redirect($"/{Path}/{form.Key}");
    }

    [HttpGet("{key:guid}")]
    public async Task<IActionResult> Edit(Guid key, int? saved, CancellationToken cancellationToken)
    {
        var form = await db.Set<FormDefinition>().AsNoTracking().SingleOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (form is null)
        {
            return Missing();
        }

        if (!await access.CanManageAsync(User, form.SiteId, cancellationToken))
        {
            return Forbidden();
        }

        var current = await db.Set<FormVersion>().AsNoTracking().SingleAsync(v => v.FormId == form.Id && v.Number == form.CurrentVersion, cancellationToken);
        var draft = FormDraftMapper.FromSchema(form.Name, form.CurrentVersion, current.Schema, _secrets.Protect);
        var notice = saved is { } n ? $"Saved. New visitors get version {n}; entries keep the version they answered." : null;
        return await ShowAsync(form, draft, new Dictionary<string, string>(), notice, StatusCodes.Status200OK, cancellationToken);
    }

    [HttpPost("{key:guid}")]
    [RequestFormLimits(ValueCountLimit = 20_000)]
    public async Task<IActionResult> Edit(
        Guid key, [FromForm] FormDraft draft, string? op, FieldType newType, int newPage, CancellationToken cancellationToken)
    {
        var form = await db.Set<FormDefinition>().SingleOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (form is null)
        {
            return Missing();
        }

        if (!await access.CanManageAsync(User, form.SiteId, cancellationToken))
        {
            return Forbidden();
        }

        draft.Normalized();
        if (draft.WebhookSecret.Trim().Length > 0)
        {
            // Keep a newly typed secret across round trips without ever writing it back into the page.
            draft.WebhookSecretSealed = _secrets.Protect(draft.WebhookSecret.Trim());
            draft.WebhookSecret = "";
        }

        op ??= "save";
        if (op is not ("save" or "check"))
        {
            var done = FormDraftOperations.Apply(draft, op, newType, newPage);
            return await ShowAsync(form, draft, new Dictionary<string, string>(), (done ?? "Updated.") + " Not saved yet.", StatusCodes.Status200OK, cancellationToken);
        }

        var errors = new Dictionary<string, string>();
        var schema = FormDraftMapper.ToSchema(draft, Unseal, errors);
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > 200)
        {
            errors["s-name"] = "Give the form a name of at most 200 characters.";
        }

        if (schema.DraftContent is { } target && !await db.Set<ContentType>().AnyAsync(t => t.Alias == target.ContentTypeAlias, cancellationToken))
        {
            errors["s-draftType"] = "Choose a content type that exists.";
        }

        foreach (var (ruleKey, messages) in FormSchemaRules.Check(schema))
        {
            var id = InputFor(ruleKey, draft);
            errors[id] = errors.TryGetValue(id, out var earlier) ? earlier + " " + messages[0] : messages[0];
        }

        if (errors.Count > 0)
        {
            return await ShowAsync(form, draft, errors, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        if (op == "check")
        {
            return await ShowAsync(form, draft, errors, "The form is valid. Not saved yet.", StatusCodes.Status200OK, cancellationToken);
        }

        if (form.CurrentVersion != draft.BaseVersion)
        {
            var newer = form.CurrentVersion;
            draft.BaseVersion = newer;
            return await ShowAsync(form, draft, new Dictionary<string, string> { ["s-name"] = $"Someone saved version {newer} after you opened this form. Your changes are still below; save again to make them version {newer + 1}." },
                null, StatusCodes.Status409Conflict, cancellationToken);
        }

        var number = await SaveAsync(form, draft.Name.Trim(), schema, cancellationToken);
        return Redirect($"/{Path}/{key}?saved={number}");
    }

    /// <summary>Renames and appends a version in one transaction; an unchanged schema adds no version.</summary>
    private async Task<int> SaveAsync(FormDefinition form, string name, FormSchema schema, CancellationToken cancellationToken)
    {
        var current = await db.Set<FormVersion>().AsNoTracking().SingleAsync(v => v.FormId == form.Id && v.Number == form.CurrentVersion, cancellationToken);
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        form.Name = name;
        await db.SaveChangesAsync(cancellationToken);
        var number = form.CurrentVersion;
        if (JsonSerializer.Serialize(schema, JsonColumn.Options) != JsonSerializer.Serialize(current.Schema, JsonColumn.Options))
        {
            number = (await writer.SaveVersionAsync(form.Key, schema, cancellationToken)).Number;
        }

        await transaction.CommitAsync(cancellationToken);
        return number;
    }

    private string? Unseal(string sealedSecret)
    {
        if (string.IsNullOrEmpty(sealedSecret))
        {
            return null;
        }

        try
        {
            return _secrets.Unprotect(sealedSecret);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>The input a <see cref="FormSchemaRules"/> error belongs to, so the message sits next to it.</summary>
    private static string InputFor(string ruleKey, FormDraft draft)
    {
        if (ruleKey.StartsWith("fields.", StringComparison.Ordinal))
        {
            var alias = ruleKey["fields.".Length..];
            var index = draft.Fields.FindIndex(f => f.Alias.Trim() == alias);
            return index < 0 ? "s-name" : $"x{index}-alias";
        }

        return ruleKey switch
        {
            "pages" => "p0-uk",
            "retentionDays" => "s-retention",
            "webhook.url" => "s-webhookUrl",
            "webhook.secret" => "s-webhookSecret",
            "notification.recipients" => "s-recipients",
            "draftContent.nameField" => "s-draftNameField",
            _ => "s-name",
        };
    }

    private async Task<IActionResult> ShowAsync(
        FormDefinition form, FormDraft draft, Dictionary<string, string> errors, string? notice, int status, CancellationToken cancellationToken)
    {
        var siteName = form.SiteId is { } siteId ? (await sites.AllAsync(cancellationToken)).FirstOrDefault(s => s.Id == siteId)?.NameUk : null;
        var types = await db.Set<ContentType>().AsNoTracking().OrderBy(t => t.NameEn).Select(t => new { t.Alias, t.NameEn }).ToListAsync(cancellationToken);
        var versions = await db.Set<FormVersion>().AsNoTracking().Where(v => v.FormId == form.Id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.CreatedAt, Entries = db.Set<FormEntry>().Count(e => e.FormId == form.Id && e.FormVersion == v.Number) })
            .ToListAsync(cancellationToken);
        var model = new FormEditModel
        {
            Form = form,
            SiteName = siteName,
            Draft = draft,
            Errors = errors,
            Notice = notice,
            ContentTypes = types.Select(t => (t.Alias, t.NameEn)).ToList(),
            Versions = versions.Select(v => (v.Number, v.CreatedAt, v.Entries)).ToList(),
        };
        Response.StatusCode = status;
        return View(FormViews.Edit, model);
    }

    private async Task<IActionResult> ListAsync(Dictionary<string, string> errors, int status, CancellationToken cancellationToken)
    {
        var all = await sites.AllAsync(cancellationToken);
        var mine = all.Where(s => Me.Can(s.Id, SiteRole.Editor)).ToList();
        if (mine.Count == 0 && !Me.IsNetworkAdmin)
        {
            return Forbidden();
        }

        var names = all.ToDictionary(s => s.Id, s => s.NameUk);
        // The same rule as IFormEntryAccess (editor of the form's site; network forms for network admins), applied in
        // the query so entries are counted only for the forms listed and no access check runs per form.
        var admin = Me.IsNetworkAdmin;
        var mySites = mine.Select(s => s.Id).ToList();
        var forms = await db.Set<FormDefinition>().AsNoTracking()
            .Where(f => admin || (f.SiteId != null && mySites.Contains(f.SiteId.Value)))
            .OrderBy(f => f.Name)
            .Select(f => new
            {
                f.Key,
                f.Name,
                f.SiteId,
                f.CurrentVersion,
                f.UpdatedAt,
                Entries = db.Set<FormEntry>().Count(e => e.FormId == f.Id),
                Unhandled = db.Set<FormEntry>().Count(e => e.FormId == f.Id && !e.Handled),
            })
            .ToListAsync(cancellationToken);
        var rows = forms.Select(f => new FormListRow(
            f.Key, f.Name, f.SiteId is { } id ? names.GetValueOrDefault(id, "?") : "Whole network", f.CurrentVersion, f.Entries, f.Unhandled, f.UpdatedAt)).ToList();

        Response.StatusCode = status;
        return View(FormViews.List, new FormListModel(rows, mine, Me.IsNetworkAdmin, errors));
    }
}
