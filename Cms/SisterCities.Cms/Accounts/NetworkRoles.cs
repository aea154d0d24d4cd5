namespace SisterCities.Cms.Accounts;

/// <summary>Identity roles that span the network rather than one site.</summary>
public static class NetworkRoles
{
    /// <summary>Everything on every site, including granting roles.</summary>
    public const string NetworkAdmin = "NetworkAdmin";
}
