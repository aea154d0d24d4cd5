namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>What the public inquiry form posts: to a business, a project or a cooperation offer: exactly one.</summary>
public sealed class InquiryRequest
{
    public Guid? BusinessId { get; set; }

    public Guid? ProjectId { get; set; }

    /// <summary>The key of a cooperation offer this message answers (instead of a business or a project).</summary>
    public Guid? OfferId { get; set; }

    public string? FromName { get; set; }

    public string? FromEmail { get; set; }

    public string? FromOrganisation { get; set; }

    public string? FromCountry { get; set; }

    public string? Subject { get; set; }

    public string? Message { get; set; }

    /// <summary>The consent wording shown next to the checkbox, stored verbatim with the time of consent.</summary>
    public string? ConsentText { get; set; }

    public bool ConsentGiven { get; set; }

    /// <summary>A field hidden from people; anything in it means a bot filled the form.</summary>
    public string? Honeypot { get; set; }
}
