using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;

namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>The item editor: the form, the item's images (when it exists) and the KVED divisions to choose from.</summary>
public sealed record ItemModel(Business Business, Guid? ItemId, ItemForm Form, IReadOnlyList<PortalImage> Images, IReadOnlyList<KvedEntry> Divisions, string? Notice = null);
