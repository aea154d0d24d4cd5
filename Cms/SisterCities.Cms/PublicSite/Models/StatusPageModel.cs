namespace SisterCities.Cms.PublicSite.Models;

/// <summary>The 404 and error pages: a title, an explanation and a way home.</summary>
public sealed class StatusPageModel : PublicPageModel
{
    public required string Message { get; init; }
}
