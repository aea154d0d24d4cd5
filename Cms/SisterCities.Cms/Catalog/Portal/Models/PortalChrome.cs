namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>What the portal layout needs on every page: who is signed in, their businesses, the one being worked on.</summary>
public sealed record PortalChrome(string? UserLabel, IReadOnlyList<ManagedBusiness> Businesses, Guid? CurrentBusinessId)
{
    public static readonly PortalChrome Anonymous = new(null, [], null);

    public ManagedBusiness? Current => Businesses.FirstOrDefault(b => b.Id == CurrentBusinessId);
}
