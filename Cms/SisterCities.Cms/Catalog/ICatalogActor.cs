namespace SisterCities.Cms.Catalog;

/// <summary>
/// Who is acting on the catalog. Every editing and moderation method takes one and checks it itself, so no
/// caller can reach another business's data by passing its id (IDOR). The accounts feature implements this
/// from the signed-in user's claims; the catalog never reads claims directly.
/// </summary>
public interface ICatalogActor
{
    /// <summary>The account's stable id, owned by the identity store.</summary>
    string UserId { get; }

    bool IsNetworkAdmin { get; }

    bool IsSiteAdminOf(int siteId);
}
