namespace SisterCities.Cms.PublicSite.Models;

/// <summary>A page showing one published item: page, article, service, event.</summary>
public class ContentPageModel : PublicPageModel
{
    public required PublishedPage Page { get; init; }

    public PropertyValues Values => Page.Values;

    public override string? Description => Values.Text("summary") ?? Values.Text("intro");
}
