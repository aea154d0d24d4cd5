namespace SisterCities.Cms.Catalog.Projects;

public sealed class ProjectText
{
    public string Title { get; set; } = "";

    public string? Description { get; set; }
}
