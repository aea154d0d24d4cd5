namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Password reset limits of the business portal, read from the same <c>Catalog:Portal</c> section as
/// <see cref="PortalOptions"/> (a class of their own so the two features do not edit one file).
/// </summary>
public sealed class PortalPasswordOptions
{
    /// <summary>How long an e-mailed reset link works (default 2 hours; it also stops working once used).</summary>
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Reset requests accepted per client IP per <see cref="PasswordResetWindow"/> (more get a 429).</summary>
    public int PasswordResetsPerIp { get; set; } = 10;

    /// <summary>Reset mails sent to one address per <see cref="PasswordResetWindow"/>; more requests get the same answer but no mail.</summary>
    public int PasswordResetsPerAddress { get; set; } = 3;

    public TimeSpan PasswordResetWindow { get; set; } = TimeSpan.FromHours(1);
}
