namespace SisterCities.Cms.Catalog.Api;

/// <summary>A verified business's showroom: its items in the order its managers chose.</summary>
public sealed record ShowroomView(Guid BusinessId, string BusinessName, string Culture, IReadOnlyList<ShowroomItemView> Items);
