namespace SisterCities.Cms.Catalog.Projects;

/// <summary>A project is public while <see cref="Open"/> or <see cref="Funded"/> (and, if a business owns it, while that business is verified).</summary>
public enum ProjectStatus
{
    /// <summary>Being prepared by its owner; not public.</summary>
    Draft,
    Open,
    Funded,

    /// <summary>Withdrawn; not public any more.</summary>
    Closed,
}
