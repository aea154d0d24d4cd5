using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// The business's managers. An owner adds an existing account by its e-mail or removes one; <see cref="BusinessTeam"/>
/// refuses removing or demoting the last owner. Only confirmed accounts can be added, so a typo cannot hand
/// the business to an address nobody has proven.
/// </summary>
[Route("business/{businessId:guid}/managers")]
public sealed class TeamController(CmsDbContext db, BusinessTeam team, UserManager<CmsUser> users) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        return business is null ? refusal! : Page("Team", await ModelAsync(business, FormErrors.None, null, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Add(Guid businessId, string? email, string? role, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || !user.EmailConfirmed)
        {
            var errors = new FormErrors(new Dictionary<string, string[]> { ["email"] = ["No confirmed account has this e-mail. Ask the person to sign up first."] });
            return Page("Team", await ModelAsync(business, errors, null, cancellationToken), StatusCodes.Status422UnprocessableEntity);
        }

        var managerRole = Enum.TryParse<BusinessManagerRole>(role, true, out var parsed) && Enum.IsDefined(parsed) ? parsed : BusinessManagerRole.Manager;
        var result = await team.AddAsync(Actor, businessId, user.Id, managerRole, cancellationToken);
        if (result.Outcome is CatalogOutcome.Forbidden or CatalogOutcome.NotFound)
        {
            return Refused(result);
        }

        return result.Succeeded
            ? Page("Team", await ModelAsync(business, FormErrors.None, $"{user.Email} is now {managerRole}.", cancellationToken))
            : Page("Team", await ModelAsync(business, new FormErrors(result.Errors), null, cancellationToken), StatusCodes.Status409Conflict);
    }

    [HttpPost("{userId}/remove")]
    public async Task<IActionResult> Remove(Guid businessId, string userId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var result = await team.RemoveAsync(Actor, businessId, userId, cancellationToken);
        if (result.Outcome == CatalogOutcome.Conflict)
        {
            return Page("Team", await ModelAsync(business, new FormErrors(new Dictionary<string, string[]> { ["members"] = ["A business keeps at least one owner: make someone else owner first."] }), null, cancellationToken), StatusCodes.Status409Conflict);
        }

        return result.Succeeded ? Redirect(userId == Me.Id ? PortalRoutes.Prefix : $"{PortalRoutes.Business(businessId)}/managers") : Refused(result);
    }

    private async Task<TeamModel> ModelAsync(Business business, FormErrors errors, string? notice, CancellationToken cancellationToken)
    {
        var members = await (from m in db.Set<BusinessManager>()
                             join u in db.Users on m.UserId equals u.Id
                             where m.BusinessId == business.Id
                             orderby u.Email
                             select new TeamMember(m.UserId, u.Email ?? "", u.DisplayName, m.Role)).ToListAsync(cancellationToken);
        var isOwner = members.Any(m => m.UserId == Me.Id && m.Role == BusinessManagerRole.Owner);
        return new TeamModel(business, members, isOwner, errors, notice);
    }
}
