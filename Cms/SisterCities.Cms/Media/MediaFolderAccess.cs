using System.Security.Claims;

namespace SisterCities.Cms.Media;

/// <summary>
/// THE place that decides who may see and change which library folder. Every media endpoint asks here.
/// The rule expressible before the accounts feature lands: the shared network folder is readable by any
/// signed-in user and writable by network administrators; a site folder is open to network administrators
/// and to users holding that site's claim. When accounts bring per-site roles, only this class changes.
/// </summary>
public sealed class MediaFolderAccess
{
    /// <summary>Role of the people who run the whole network.</summary>
    public const string NetworkAdminRole = "network-admin";

    /// <summary>Claim naming a site key the user works on (one claim per site).</summary>
    public const string SiteClaimType = "sistercities:site";

    public bool CanRead(ClaimsPrincipal user, string? siteKey) =>
        IsSignedIn(user) && (siteKey is null || HasSite(user, siteKey));

    public bool CanWrite(ClaimsPrincipal user, string? siteKey) =>
        IsSignedIn(user) && (siteKey is null ? user.IsInRole(NetworkAdminRole) : HasSite(user, siteKey));

    private static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    private static bool HasSite(ClaimsPrincipal user, string siteKey) =>
        user.IsInRole(NetworkAdminRole)
        || user.HasClaim(c => c.Type == SiteClaimType && string.Equals(c.Value, siteKey, StringComparison.Ordinal));
}
