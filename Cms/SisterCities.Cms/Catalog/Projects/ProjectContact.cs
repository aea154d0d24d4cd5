namespace SisterCities.Cms.Catalog.Projects;

/// <summary>Who answers investors; never public, inquiries are routed to it by the platform.</summary>
public sealed class ProjectContact
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
