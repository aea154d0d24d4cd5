using SisterCities.Cms.Catalog;

namespace SisterCities.Tests.Catalog;

/// <summary>A catalog actor with exactly the rights a test gives it.</summary>
internal sealed record TestActor(string UserId, bool IsNetworkAdmin = false, params int[] AdminOfSites) : ICatalogActor
{
    public bool IsSiteAdminOf(int siteId) => AdminOfSites.Contains(siteId);

    public static TestActor User(string id) => new(id);

    public static TestActor SiteAdmin(string id, int siteId) => new(id, false, siteId);

    public static TestActor NetworkAdmin(string id) => new(id, true);
}
