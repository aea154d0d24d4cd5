using SisterCities.Cms.Content;

namespace SisterCities.Cms.Accounts;

/// <summary>A signed-in backoffice user and their roles, as loaded for one request.</summary>
public sealed record Editor(string Id, string Name, string Email, bool IsNetworkAdmin, IReadOnlyDictionary<int, SiteRole> SiteRoles)
{
    /// <summary>The user's role on a site; a network admin is a site admin everywhere.</summary>
    public SiteRole? RoleOn(int siteId) =>
        IsNetworkAdmin ? SiteRole.SiteAdmin : SiteRoles.TryGetValue(siteId, out var role) ? role : null;

    /// <summary>True when the user holds <paramref name="needed"/> or a higher role on the site.</summary>
    public bool Can(int siteId, SiteRole needed) => RoleOn(siteId) is { } role && role >= needed;

    public ContentAuthor AsAuthor => new(Id, Name);
}
