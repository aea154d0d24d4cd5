using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Workflows;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Api;

/// <summary>
/// The backoffice API of forms and entries: deny-by-default (authenticated) and checked per site through
/// <see cref="IFormEntryAccess"/>. Forms: list, create, save a new version. Entries: list with filters, view with the
/// workflow log, mark handled, delete, export CSV, download files.
/// </summary>
public static class FormManagementEndpoints
{
    public const string Prefix = "/api/v1/forms";

    /// <summary>
    /// Entries have their own prefix: under <see cref="Prefix"/>, <c>/entries/{id}</c> and <c>/{key}/schema</c> would
    /// be told apart only by the <c>guid</c> constraint, which an OpenAPI document cannot express (ambiguous paths).
    /// </summary>
    public const string EntriesPrefix = "/api/v1/form-entries";

    public static IEndpointRouteBuilder MapFormManagement(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Forms").RequireAuthorization();
        group.MapGet("/", ListFormsAsync).WithSummary("Forms the user may manage, with entry counts.");
        group.MapPost("/", CreateFormAsync).WithSummary("Creates a form with version 1.");
        group.MapPut("/{key:guid}/schema", SaveVersionAsync).WithSummary("Saves a new version of a form; entries keep the version they answered.");
        group.MapGet("/{key:guid}/entries", ListEntriesAsync).WithSummary("Entries of a form, filtered by date range, handled state and text.");
        group.MapGet("/{key:guid}/entries.csv", FormEntryExport.ExportAsync).WithSummary("Entries as Excel-safe CSV (UTF-8 with BOM).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        var entries = app.MapGroup(EntriesPrefix).WithTags("Forms").RequireAuthorization();
        entries.MapGet("/{id:guid}", EntryEndpoints.GetAsync).WithSummary("One entry with files, workflow jobs and the attempt log.");
        entries.MapPost("/{id:guid}/handled", EntryEndpoints.MarkHandledAsync).WithSummary("Marks an entry handled.");
        entries.MapDelete("/{id:guid}", EntryEndpoints.DeleteAsync).WithSummary("Deletes an entry and its files.");
        entries.MapGet("/{id:guid}/files/{fileId:guid}", EntryEndpoints.DownloadFileAsync).WithSummary("An uploaded file of an entry.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        return app;
    }

    private static async Task<Ok<List<FormSummaryDto>>> ListFormsAsync(
        ClaimsPrincipal user, CmsDbContext db, IFormEntryAccess access, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(user, cancellationToken);
        var siteIds = scope.SiteIds.ToList();
        var forms = await db.Set<FormDefinition>().AsNoTracking()
            .Where(f => scope.All || (f.SiteId != null && siteIds.Contains(f.SiteId.Value)))
            .OrderBy(f => f.Name)
            .Select(f => new FormSummaryDto(f.Key, f.Name, f.SiteId, f.CurrentVersion, db.Set<FormEntry>().Count(e => e.FormId == f.Id)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(forms);
    }

    private static async Task<Results<Created<FormSummaryDto>, JsonHttpResult<HttpValidationProblemDetails>, ForbidHttpResult, Conflict>> CreateFormAsync(
        ClaimsPrincipal user, CreateFormDto request, CmsDbContext db, SiteDirectory sites, FormDefinitionWriter writer, IFormEntryAccess access,
        CancellationToken cancellationToken)
    {
        var errors = FormSchemaRules.Check(request.Schema);
        SiteSummary? site = null;
        if (request.SiteKey is not null && (site = await sites.FindByKeyAsync(request.SiteKey, cancellationToken)) is null)
        {
            errors["siteKey"] = [$"No site has the key '{request.SiteKey}'."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["A form needs a name of at most 200 characters."];
        }

        if (errors.Count > 0)
        {
            return DeliveryEndpoints.ValidationFailed(errors);
        }

        if (!await access.CanManageAsync(user, site?.Id, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var key = request.Key ?? Guid.NewGuid();
        if (await db.Set<FormDefinition>().AnyAsync(f => f.Key == key, cancellationToken))
        {
            return TypedResults.Conflict();
        }

        var form = await writer.CreateAsync(key, site?.Id, request.Name, request.Schema, cancellationToken);
        return TypedResults.Created($"{Prefix}/{form.Key}", new FormSummaryDto(form.Key, form.Name, form.SiteId, form.CurrentVersion, 0));
    }

    private static async Task<Results<Ok<FormSummaryDto>, JsonHttpResult<HttpValidationProblemDetails>, NotFound, ForbidHttpResult>> SaveVersionAsync(
        ClaimsPrincipal user, Guid key, FormSchema schema, CmsDbContext db, FormDefinitionWriter writer, IFormEntryAccess access,
        CancellationToken cancellationToken)
    {
        var form = await db.Set<FormDefinition>().AsNoTracking().SingleOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (form is null)
        {
            return TypedResults.NotFound();
        }

        if (!await access.CanManageAsync(user, form.SiteId, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var errors = FormSchemaRules.Check(schema);
        if (errors.Count > 0)
        {
            return DeliveryEndpoints.ValidationFailed(errors);
        }

        var version = await writer.SaveVersionAsync(key, schema, cancellationToken);
        return TypedResults.Ok(new FormSummaryDto(form.Key, form.Name, form.SiteId, version.Number, 0));
    }

    private static async Task<Results<Ok<EntryPageDto>, NotFound, ForbidHttpResult, JsonHttpResult<HttpValidationProblemDetails>>> ListEntriesAsync(
        ClaimsPrincipal user, Guid key, DateTimeOffset? from, DateTimeOffset? to, bool? handled, string? q, int? skip, int? take,
        CmsDbContext db, IFormEntryAccess access, CancellationToken cancellationToken)
    {
        if (skip < 0 || take is < 1 or > 500)
        {
            return DeliveryEndpoints.ValidationFailed(new Dictionary<string, string[]> { ["take"] = ["Take 1 to 500 entries, skipping zero or more."] });
        }

        var form = await db.Set<FormDefinition>().AsNoTracking().SingleOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (form is null)
        {
            return TypedResults.NotFound();
        }

        if (!await access.CanManageAsync(user, form.SiteId, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var query = FilteredEntries(db, form.Id, from, to, handled, q);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.CreatedAt).Skip(skip ?? 0).Take(take ?? 50).ToListAsync(cancellationToken);
        return TypedResults.Ok(new EntryPageDto(total, rows.Select(ToDto).ToList()));
    }

    internal static IQueryable<FormEntry> FilteredEntries(CmsDbContext db, int formId, DateTimeOffset? from, DateTimeOffset? to, bool? handled, string? q)
    {
        var query = db.Set<FormEntry>().AsNoTracking().Where(e => e.FormId == formId);
        if (from is { } f)
        {
            var utc = f.ToUniversalTime();
            query = query.Where(e => e.CreatedAt >= utc);
        }

        if (to is { } t)
        {
            var utc = t.ToUniversalTime();
            query = query.Where(e => e.CreatedAt < utc);
        }

        if (handled is { } h)
        {
            query = query.Where(e => e.Handled == h);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(e => e.SearchText.Contains(term));
        }

        return query;
    }

    internal static EntrySummaryDto ToDto(FormEntry e) => new(
        e.Id, e.FormVersion, e.Culture, e.SiteId, e.CreatedAt, e.Handled,
        EntryValues.Deserialize(e.Values));

    internal static WorkflowJobDto ToDto(FormWorkflowJob j) => new(j.Kind.ToString(), j.State.ToString(), j.Attempts, j.NextAttemptAt, j.LastError);
}
