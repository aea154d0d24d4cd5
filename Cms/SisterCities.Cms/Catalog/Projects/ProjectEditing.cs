using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Projects;

/// <summary>
/// Creates and edits investment projects. A business's project may be changed only by that business's managers;
/// a municipality's project only by a site admin of that municipality or a network admin. Every method checks
/// the actor against the stored owner, never against ids in the request.
/// </summary>
public sealed class ProjectEditing(CmsDbContext db, BusinessAccess access, SiteDirectory sites, KvedClassification kved, TimeProvider clock)
{
    public const int MaxDocuments = 30;

    public async Task<CatalogResult<InvestmentProject>> CreateAsync(ICatalogActor actor, ProjectDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if ((draft.BusinessId is null) == (draft.OwnerSiteId is null))
        {
            return CatalogResult<InvestmentProject>.Fail(CatalogOutcome.Invalid, "owner", "A project belongs either to a business or to a municipality.");
        }

        var project = new InvestmentProject { Id = Guid.NewGuid(), BusinessId = draft.BusinessId, OwnerSiteId = draft.OwnerSiteId, Sector = "", CreatedAt = clock.GetUtcNow() };
        var denied = await CheckOwnerAsync(actor, project, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var errors = await ApplyAsync(project, draft, cancellationToken);
        if (errors.Any)
        {
            return CatalogResult<InvestmentProject>.Invalid(errors);
        }

        db.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<InvestmentProject>.Ok(project);
    }

    public async Task<CatalogResult<InvestmentProject>> UpdateAsync(ICatalogActor actor, Guid projectId, ProjectDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (project, denied) = await FindOwnedAsync(actor, projectId, cancellationToken);
        if (project is null)
        {
            return denied!;
        }

        var errors = await ApplyAsync(project, draft, cancellationToken);
        if (errors.Any)
        {
            return CatalogResult<InvestmentProject>.Invalid(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<InvestmentProject>.Ok(project);
    }

    public async Task<CatalogResult<InvestmentProject>> SetStatusAsync(ICatalogActor actor, Guid projectId, ProjectStatus status, CancellationToken cancellationToken)
    {
        var (project, denied) = await FindOwnedAsync(actor, projectId, cancellationToken);
        if (project is null)
        {
            return denied!;
        }

        if (!Enum.IsDefined(status))
        {
            return CatalogResult<InvestmentProject>.Fail(CatalogOutcome.Invalid, "status", "draft, open, funded or closed.");
        }

        project.Status = status;
        project.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<InvestmentProject>.Ok(project);
    }

    public async Task<CatalogResult<InvestmentProject>> DeleteAsync(ICatalogActor actor, Guid projectId, CancellationToken cancellationToken)
    {
        var (project, denied) = await FindOwnedAsync(actor, projectId, cancellationToken);
        if (project is null)
        {
            return denied!;
        }

        db.Remove(project);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<InvestmentProject>.Ok(project);
    }

    private async Task<(InvestmentProject? Project, CatalogResult<InvestmentProject>? Denied)> FindOwnedAsync(
        ICatalogActor actor, Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Set<InvestmentProject>().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return (null, CatalogResult<InvestmentProject>.Fail(CatalogOutcome.NotFound, "projectId", "No such project."));
        }

        var denied = await CheckOwnerAsync(actor, project, cancellationToken);
        return denied is null ? (project, null) : (null, denied);
    }

    private async Task<CatalogResult<InvestmentProject>?> CheckOwnerAsync(ICatalogActor actor, InvestmentProject project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (project.BusinessId is Guid businessId)
        {
            var business = await access.ManagedAsync(actor, businessId, cancellationToken);
            return business.Succeeded ? null : new(business.Outcome, null, business.Errors);
        }

        var siteId = project.OwnerSiteId!.Value;
        if (await sites.FindByIdAsync(siteId, cancellationToken) is null)
        {
            return CatalogResult<InvestmentProject>.Fail(CatalogOutcome.Invalid, "ownerSiteId", "No such municipality.");
        }

        return actor.IsNetworkAdmin || actor.IsSiteAdminOf(siteId)
            ? null
            : CatalogResult<InvestmentProject>.Fail(CatalogOutcome.Forbidden, "actor", "Only the municipality's site admins may change its projects.");
    }

    private async Task<CatalogErrors> ApplyAsync(InvestmentProject project, ProjectDraft draft, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        var texts = new Dictionary<string, ProjectText>(StringComparer.Ordinal);
        foreach (var (culture, text) in draft.Texts ?? [])
        {
            if (!CatalogText.IsCulture(culture))
            {
                errors.Add("texts", $"'{culture}' is not a language code such as uk or en.");
                continue;
            }

            texts[culture] = new ProjectText
            {
                Title = CatalogText.Line(errors, $"texts.{culture}.title", text?.Title, CatalogText.NameMax, required: true) ?? "",
                Description = CatalogText.Block(errors, $"texts.{culture}.description", text?.Description, CatalogText.DescriptionMax),
            };
        }

        if (texts.Count == 0)
        {
            errors.Add("texts", "Give the project a title in at least one language.");
        }

        var sector = draft.Sector?.Trim().ToUpperInvariant();
        if (!kved.IsSection(sector))
        {
            errors.Add("sector", "A KVED-2010 section letter (A–U).");
        }

        if (draft.LocationSiteId is int location && await sites.FindByIdAsync(location, cancellationToken) is null)
        {
            errors.Add("locationSiteId", "No such municipality.");
        }

        var currency = draft.Currency?.Trim().ToUpperInvariant();
        if (draft.AmountSought is not null && (draft.AmountSought <= 0 || !CurrencyCodes.IsValid(currency)))
        {
            errors.Add("amountSought", "A positive amount with an ISO 4217 currency code.");
        }

        if (!Enum.IsDefined(draft.Stage))
        {
            errors.Add("stage", "idea, feasibility, readyToBuild or operating.");
        }

        if (!Enum.IsDefined(draft.Status))
        {
            errors.Add("status", "draft, open, funded or closed.");
        }

        if ((draft.Documents ?? []).Count > MaxDocuments)
        {
            errors.Add("documents", $"At most {MaxDocuments} documents.");
        }

        var contact = new ProjectContact
        {
            Name = CatalogText.Line(errors, "contact.name", draft.Contact?.Name, CatalogText.NameMax),
            Email = CatalogText.Line(errors, "contact.email", draft.Contact?.Email, CatalogText.EmailMax)?.ToLowerInvariant(),
            Phone = CatalogText.Line(errors, "contact.phone", draft.Contact?.Phone, 32),
        };
        if (contact.Email is not null && !CatalogText.IsEmail(contact.Email))
        {
            errors.Add("contact.email", "An e-mail address.");
        }

        if (project.OwnerSiteId is not null && contact.Email is null)
        {
            // A municipality has no manager accounts to notify: inquiries go to this address.
            errors.Add("contact.email", "A municipal project needs a contact e-mail for inquiries.");
        }

        if (errors.Any)
        {
            return errors;
        }

        project.Texts = texts;
        project.Sector = sector!;
        project.LocationSiteId = draft.LocationSiteId;
        project.AmountSought = draft.AmountSought;
        project.Currency = draft.AmountSought is null ? null : currency;
        project.Stage = draft.Stage;
        project.Documents = (draft.Documents ?? []).Distinct().ToList();
        project.Contact = contact;
        project.Status = draft.Status;
        project.UpdatedAt = clock.GetUtcNow();
        return errors;
    }
}
