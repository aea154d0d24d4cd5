namespace SisterCities.Cms.Partnerships;

/// <summary>What an editor or the import proposes for a partnership.</summary>
public sealed record PartnershipDraft
{
    public required int SiteId { get; init; }

    public int? PartnerCityId { get; init; }

    public int? PartnerSiteId { get; init; }

    public PartnershipStatus Status { get; init; } = PartnershipStatus.Proposed;

    public int? SinceYear { get; init; }

    public DateOnly? StartedOn { get; init; }

    public DateOnly? EndedOn { get; init; }

    public IReadOnlyList<string> Areas { get; init; } = [];

    public string? DescriptionUk { get; init; }

    public string? DescriptionEn { get; init; }

    public string? SourceUrl { get; init; }

    public Guid? AgreementMediaKey { get; init; }

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public IReadOnlyList<Guid> LinkedNewsKeys { get; init; } = [];
}
