using System.Security.Claims;

namespace SisterCities.Cms.Forms.Entries;

/// <summary>
/// The one place that decides whether a signed-in user may manage a site's form entries.
/// The accounts feature replaces <see cref="SignedInFormEntryAccess"/> with its per-site roles.
/// </summary>
public interface IFormEntryAccess
{
    /// <param name="siteId">The form's site; null for a network-wide form.</param>
    Task<bool> CanManageAsync(ClaimsPrincipal user, int? siteId, CancellationToken cancellationToken);
}

/// <summary>Until per-site roles exist: any authenticated user of the backoffice may manage entries.</summary>
public sealed class SignedInFormEntryAccess : IFormEntryAccess
{
    public Task<bool> CanManageAsync(ClaimsPrincipal user, int? siteId, CancellationToken cancellationToken) =>
        Task.FromResult(user.Identity?.IsAuthenticated == true);
}
