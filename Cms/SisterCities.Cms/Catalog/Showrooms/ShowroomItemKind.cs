namespace SisterCities.Cms.Catalog.Showrooms;

public enum ShowroomItemKind
{
    Product,
    Service,
}
