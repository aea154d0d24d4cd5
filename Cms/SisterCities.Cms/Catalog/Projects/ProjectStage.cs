namespace SisterCities.Cms.Catalog.Projects;

public enum ProjectStage
{
    Idea,
    Feasibility,
    ReadyToBuild,
    Operating,
}
