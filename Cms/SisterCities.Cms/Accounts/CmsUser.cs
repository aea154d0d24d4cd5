using Microsoft.AspNetCore.Identity;

namespace SisterCities.Cms.Accounts;

/// <summary>
/// A person who signs in: a municipal editor today, a business manager when the catalog lands. What they may
/// do is decided per site by <see cref="SiteMembership"/> rows, never by the account type.
/// </summary>
public sealed class CmsUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The name shown in history and audit rows: the display name, or the e-mail when none is set.</summary>
    public string Label => string.IsNullOrWhiteSpace(DisplayName) ? Email ?? UserName ?? Id : DisplayName;
}
