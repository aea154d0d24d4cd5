using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Showrooms;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record ShowroomModel(Business Business, IReadOnlyList<ShowroomItem> Items, PortalImage? Cover, IReadOnlyList<PortalImage> Gallery, FormErrors Errors);
