using System.Security.Claims;
using SisterCities.Cms.Forms.Entries;

namespace SisterCities.Cms.Accounts;

/// <summary>
/// Form entries hold citizens' personal data: a site's entries are for its editors and admins only, and
/// network-wide forms (partnership proposals) for network admins. Authors may not read submissions.
/// </summary>
internal sealed class SiteRoleFormEntryAccess(SiteAccess access) : IFormEntryAccess
{
    public async Task<bool> CanManageAsync(ClaimsPrincipal user, int? siteId, CancellationToken cancellationToken)
    {
        var editor = await access.LoadAsync(user, cancellationToken);
        return editor is not null && (siteId is { } id ? editor.Can(id, SiteRole.Editor) : editor.IsNetworkAdmin);
    }

    public async Task<ManagedFormScope> ScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await access.LoadAsync(user, cancellationToken) is not { } editor)
        {
            return ManagedFormScope.None;
        }

        return new ManagedFormScope(editor.IsNetworkAdmin, [.. editor.SiteRoles.Where(r => r.Value >= SiteRole.Editor).Select(r => r.Key)]);
    }
}
