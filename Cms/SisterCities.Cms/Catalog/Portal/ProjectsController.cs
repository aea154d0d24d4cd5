using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>A business's investment projects with PDF documents (stored through the media library).</summary>
[Route("business/{businessId:guid}/projects")]
public sealed class ProjectsController(
    CmsDbContext db, ProjectEditing editing, KvedClassification kved, SiteDirectory sites, PortalUploads uploads, PortalImages files) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var projects = await db.Set<InvestmentProject>().AsNoTracking().Where(p => p.BusinessId == businessId).OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
        return Page("Projects", new ProjectsModel(business, projects));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        return business is null ? refusal! : Page("Project", await ModelAsync(business, null, new ProjectForm(), [], null, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(Guid businessId, [FromForm] ProjectForm form, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var result = await editing.CreateAsync(Actor, form.ToDraft(businessId, await LocationAsync(form, cancellationToken), []), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"{PortalRoutes.Business(businessId)}/projects/{result.Value!.Id:D}");
        }

        if (result.Outcome != CatalogOutcome.Invalid)
        {
            return Refused(result);
        }

        form.Errors = new FormErrors(result.Errors);
        return Page("Project", await ModelAsync(business, null, form, [], null, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{projectId:guid}")]
    public async Task<IActionResult> Edit(Guid businessId, Guid projectId, CancellationToken cancellationToken)
    {
        var (business, project, refusal) = await ProjectAsync(businessId, projectId, cancellationToken);
        return project is null ? refusal! : Page("Project", await ModelAsync(business!, project, await FormAsync(project, cancellationToken), project.Documents, null, cancellationToken));
    }

    [HttpPost("{projectId:guid}")]
    public async Task<IActionResult> Edit(Guid businessId, Guid projectId, [FromForm] ProjectForm form, CancellationToken cancellationToken)
    {
        var (business, project, refusal) = await ProjectAsync(businessId, projectId, cancellationToken);
        if (project is null)
        {
            return refusal!;
        }

        var result = await editing.UpdateAsync(Actor, projectId, form.ToDraft(businessId, await LocationAsync(form, cancellationToken), project.Documents), cancellationToken);
        if (result.Outcome is not (CatalogOutcome.Ok or CatalogOutcome.Invalid))
        {
            return Refused(result);
        }

        form.Errors = new FormErrors(result.Errors);
        return Page("Project", await ModelAsync(business!, project, form, project.Documents, result.Succeeded ? "The project is saved." : null, cancellationToken),
            result.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    [HttpPost("{projectId:guid}/delete")]
    public async Task<IActionResult> Delete(Guid businessId, Guid projectId, CancellationToken cancellationToken)
    {
        var (_, project, refusal) = await ProjectAsync(businessId, projectId, cancellationToken);
        if (project is null)
        {
            return refusal!;
        }

        var result = await editing.DeleteAsync(Actor, projectId, cancellationToken);
        return result.Succeeded ? Redirect($"{PortalRoutes.Business(businessId)}/projects") : Refused(result);
    }

    [HttpPost("{projectId:guid}/documents")]
    [PortalBodyLimit(upload: true)]
    public async Task<IActionResult> AddDocument(Guid businessId, Guid projectId, IFormFile? file, CancellationToken cancellationToken)
    {
        var (business, project, refusal) = await ProjectAsync(businessId, projectId, cancellationToken);
        if (project is null)
        {
            return refusal!;
        }

        var (media, error) = await uploads.AddAsync(file, businessId, Me, null, null, pdfOnly: true, cancellationToken);
        if (error is null)
        {
            var form = await FormAsync(project, cancellationToken);
            var result = await editing.UpdateAsync(Actor, projectId, form.ToDraft(businessId, project.LocationSiteId, [.. project.Documents, media!.Key]), cancellationToken);
            if (result.Succeeded)
            {
                return Redirect($"{PortalRoutes.Business(businessId)}/projects/{projectId:D}");
            }

            error = string.Join(" ", result.Errors.Values.SelectMany(v => v));
        }

        var shown = await FormAsync(project, cancellationToken);
        shown.Errors = new FormErrors(new Dictionary<string, string[]> { ["document"] = [error] });
        return Page("Project", await ModelAsync(business!, project, shown, project.Documents, null, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpPost("{projectId:guid}/documents/{mediaKey:guid}/remove")]
    public async Task<IActionResult> RemoveDocument(Guid businessId, Guid projectId, Guid mediaKey, CancellationToken cancellationToken)
    {
        var (_, project, refusal) = await ProjectAsync(businessId, projectId, cancellationToken);
        if (project is null)
        {
            return refusal!;
        }

        var form = await FormAsync(project, cancellationToken);
        var result = await editing.UpdateAsync(Actor, projectId, form.ToDraft(businessId, project.LocationSiteId, project.Documents.Where(d => d != mediaKey)), cancellationToken);
        return result.Succeeded ? Redirect($"{PortalRoutes.Business(businessId)}/projects/{projectId:D}") : Refused(result);
    }

    private async Task<int?> LocationAsync(ProjectForm form, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(form.LocationSiteKey) ? null : (await sites.FindByKeyAsync(form.LocationSiteKey.Trim(), cancellationToken))?.Id ?? -1;

    private async Task<ProjectForm> FormAsync(InvestmentProject project, CancellationToken cancellationToken) =>
        ProjectForm.From(project, project.LocationSiteId is int id ? (await sites.FindByIdAsync(id, cancellationToken))?.Key : null);

    private async Task<ProjectModel> ModelAsync(Business business, InvestmentProject? project, ProjectForm form, IReadOnlyList<Guid> documents, string? notice, CancellationToken cancellationToken) =>
        new(business, project?.Id, form, await files.ForAsync(documents, cancellationToken), kved.Sections, await sites.AllAsync(cancellationToken), notice);

    private async Task<(Business? Business, InvestmentProject? Project, IActionResult? Refusal)> ProjectAsync(Guid businessId, Guid projectId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return (null, null, refusal);
        }

        var project = await db.Set<InvestmentProject>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId && p.BusinessId == businessId, cancellationToken);
        return project is null
            ? (business, null, Message("Not found", "This business has no such project.", StatusCodes.Status404NotFound))
            : (business, project, null);
    }
}
