namespace SisterCities.Cms.Accounts;

/// <summary>
/// What a member may do on one site. Each role includes the ones below it: a site admin can also review and
/// publish, an editor can also draft. <c>NetworkAdmin</c> is not a site role but an Identity role
/// (<see cref="NetworkRoles.NetworkAdmin"/>) that implies <see cref="SiteAdmin"/> on every site.
/// </summary>
public enum SiteRole
{
    /// <summary>Drafts and submits for review.</summary>
    Author = 1,

    /// <summary>Reviews, publishes, unpublishes, schedules, moves, trashes.</summary>
    Editor = 2,

    /// <summary>Also manages the site's members and settings, and publishes emergency alerts.</summary>
    SiteAdmin = 3,
}
