using SisterCities.Cms.Accounts;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>The signed-in account as the catalog's services see it, built from its roles loaded for this request.</summary>
public sealed class CatalogActor(Editor editor) : ICatalogActor
{
    public string UserId => editor.Id;

    public bool IsNetworkAdmin => editor.IsNetworkAdmin;

    public bool IsSiteAdminOf(int siteId) => editor.Can(siteId, SiteRole.SiteAdmin);
}
