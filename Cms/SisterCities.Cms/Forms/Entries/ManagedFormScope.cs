namespace SisterCities.Cms.Forms.Entries;

/// <summary>
/// The forms a user manages: every form (network admins, who alone manage network-wide forms) or the forms of
/// <see cref="SiteIds"/>.
/// </summary>
public sealed record ManagedFormScope(bool All, IReadOnlyCollection<int> SiteIds)
{
    public static readonly ManagedFormScope None = new(false, []);
}
