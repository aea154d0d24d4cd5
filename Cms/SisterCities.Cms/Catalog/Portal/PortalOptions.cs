namespace SisterCities.Cms.Catalog.Portal;

/// <summary>The <c>Catalog:Portal</c> section: abuse limits of the public sign-up form.</summary>
public sealed class PortalOptions
{
    public const string Section = "Catalog:Portal";

    /// <summary>Sign-ups accepted per client IP per <see cref="SignUpWindow"/> (default 10 per hour).</summary>
    public int SignUpsPerIp { get; set; } = 10;

    public TimeSpan SignUpWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Largest form post (not upload) the portal accepts; a 5 MB "description" is refused before it is read.</summary>
    public long MaxFormBytes { get; set; } = 512 * 1024;

    /// <summary>Largest upload (logo, showroom image, project PDF) the portal accepts.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}
