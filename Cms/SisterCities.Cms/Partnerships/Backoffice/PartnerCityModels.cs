namespace SisterCities.Cms.Partnerships.Backoffice;

public sealed record PartnerCityListModel(string? Query, string? Country, int Total, IReadOnlyList<PartnerCity> Cities);

/// <summary>The create/edit form of a partner city; <see cref="City"/> is null when creating.</summary>
public sealed record PartnerCityFormModel(PartnerCity? City, EditForm Form, bool Saved = false);
