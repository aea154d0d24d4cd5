namespace SisterCities.Cms.Catalog;

/// <summary>The <c>Catalog</c> configuration section: limits against abuse and for paging.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>Businesses one account may register per day (a rate limit against mass sign-ups).</summary>
    public int RegistrationsPerUserPerDay { get; set; } = 5;

    /// <summary>Inquiries accepted from one sender e-mail address within <see cref="InquiryWindow"/>.</summary>
    public int InquiriesPerEmail { get; set; } = 5;

    /// <summary>Inquiries accepted from one IP address within <see cref="InquiryWindow"/>.</summary>
    public int InquiriesPerIp { get; set; } = 20;

    public TimeSpan InquiryWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a rejected business waits between two "submit again for verification" (per business).</summary>
    public TimeSpan ResubmitInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The largest <c>take</c> a public list accepts.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The sender address of the notices the catalog mails (inquiries to businesses).</summary>
    public string MailFrom { get; set; } = "catalog@localhost";
}
