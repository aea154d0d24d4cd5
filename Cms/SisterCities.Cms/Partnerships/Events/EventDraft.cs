namespace SisterCities.Cms.Partnerships.Events;

public sealed record EventDraft
{
    public required string Kind { get; init; }

    public required string TitleUk { get; init; }

    public required string TitleEn { get; init; }

    public string? DescriptionUk { get; init; }

    public string? DescriptionEn { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    public int? HostSiteId { get; init; }

    public int? PlaceSiteId { get; init; }

    public int? PlacePartnerCityId { get; init; }

    public string? Venue { get; init; }

    public IReadOnlyList<int> LinkedSiteIds { get; init; } = [];

    public IReadOnlyList<Guid> LinkedBusinessKeys { get; init; } = [];

    public IReadOnlyList<Guid> LinkedProjectKeys { get; init; } = [];

    public string? RegistrationUrl { get; init; }

    public Guid? RegistrationFormKey { get; init; }

    public bool Published { get; init; }
}
