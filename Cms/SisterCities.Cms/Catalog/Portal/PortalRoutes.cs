namespace SisterCities.Cms.Catalog.Portal;

/// <summary>The business portal's addresses, kept here so views, controllers and the cookie redirect agree.</summary>
public static class PortalRoutes
{
    public const string Prefix = "/business";

    public const string SignIn = Prefix + "/sign-in";

    public const string SignUp = Prefix + "/sign-up";

    public static string Business(Guid id) => $"{Prefix}/{id:D}";
}
