using System.Security.Claims;

namespace SisterCities.Cms.Forms.Entries;

/// <summary>
/// The one place that decides whether a signed-in user may manage a site's form entries.
/// Implemented by the accounts feature with per-site roles.
/// </summary>
public interface IFormEntryAccess
{
    /// <param name="siteId">The form's site; null for a network-wide form.</param>
    Task<bool> CanManageAsync(ClaimsPrincipal user, int? siteId, CancellationToken cancellationToken);

    /// <summary>The same rule for a whole list, loaded once: lists filter by it in the query instead of asking per form.</summary>
    Task<ManagedFormScope> ScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
