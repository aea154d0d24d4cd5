using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Media;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Accounts;

/// <summary>
/// Adds the signed-in user's current site memberships as claims for features that decide on claims (the
/// media library's <see cref="MediaFolderAccess"/>). Read from the database on each request, like
/// <see cref="SiteAccess"/>, so a revoked role stops working at once. <see cref="SiteAccess"/> (a DbContext and
/// a UserManager) is resolved only for a signed-in user: anonymous requests (every public page and API call)
/// must not pay for building them.
/// </summary>
internal sealed class SiteRoleClaims(IServiceProvider services, SiteDirectory directory) : IClaimsTransformation
{
    private const string Marker = "sistercities:site-claims";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == Marker))
        {
            return principal;
        }

        var editor = await services.GetRequiredService<SiteAccess>().LoadAsync(principal, CancellationToken.None);
        if (editor is null)
        {
            return principal;
        }

        var claims = new List<Claim> { new(Marker, "1") };
        if (editor.IsNetworkAdmin)
        {
            claims.Add(new Claim(ClaimTypes.Role, MediaFolderAccess.NetworkAdminRole));
        }

        foreach (var siteId in editor.SiteRoles.Keys)
        {
            if (await directory.FindByIdAsync(siteId, CancellationToken.None) is { } site)
            {
                claims.Add(new Claim(MediaFolderAccess.SiteClaimType, site.Key));
            }
        }

        var transformed = principal.Clone();
        transformed.AddIdentity(new ClaimsIdentity(claims));
        return transformed;
    }
}
