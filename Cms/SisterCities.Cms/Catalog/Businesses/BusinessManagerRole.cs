namespace SisterCities.Cms.Catalog.Businesses;

public enum BusinessManagerRole
{
    /// <summary>Registered the business; may add and remove managers.</summary>
    Owner,

    /// <summary>Edits the profile, showroom and projects.</summary>
    Manager,
}
