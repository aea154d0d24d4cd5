namespace SisterCities.Cms.Content;

/// <summary>Where a culture variant stands in the editorial workflow.</summary>
public enum ContentState
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Unpublished = 3,
    Trashed = 4,
}
