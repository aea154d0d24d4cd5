namespace SisterCities.Cms.Catalog.Api;

/// <summary>
/// A verified business's showroom: its items in the order its managers chose, and its own cover and gallery
/// (only images fit for a public page, i.e. with alt texts in every required culture).
/// </summary>
public sealed record ShowroomView(
    Guid BusinessId, string BusinessName, string Culture, IReadOnlyList<ShowroomItemView> Items,
    ShowroomImageView? Cover, IReadOnlyList<ShowroomImageView> Gallery);
