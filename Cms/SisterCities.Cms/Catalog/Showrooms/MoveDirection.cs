namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>One step up (earlier on the page) or down (later) in a showroom's order.</summary>
public enum MoveDirection
{
    Up,
    Down,
}
