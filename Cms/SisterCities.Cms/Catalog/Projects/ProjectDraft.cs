namespace SisterCities.Cms.Catalog.Projects;

/// <summary>The editable fields of an investment project. The owner (business or municipality) is fixed at creation.</summary>
public sealed class ProjectDraft
{
    /// <summary>The owning business; leave null for a municipal project.</summary>
    public Guid? BusinessId { get; set; }

    /// <summary>The owning municipality (site id); leave null for a business's project.</summary>
    public int? OwnerSiteId { get; set; }

    public Dictionary<string, ProjectText> Texts { get; set; } = [];

    /// <summary>KVED-2010 section letter, e.g. <c>D</c> for energy.</summary>
    public string? Sector { get; set; }

    public int? LocationSiteId { get; set; }

    public decimal? AmountSought { get; set; }

    public string? Currency { get; set; }

    public ProjectStage Stage { get; set; }

    public List<Guid> Documents { get; set; } = [];

    public ProjectContact Contact { get; set; } = new();

    public ProjectStatus Status { get; set; } = ProjectStatus.Draft;
}
