namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>
/// Sends the catalog's notices. <see cref="FileDropCatalogMail"/> writes <c>.eml</c> files for now; the
/// backoffice's mail outbox (SMTP with retry) replaces it by registering another implementation.
/// </summary>
public interface ICatalogMail
{
    Task SendInquiryAsync(InquiryNotice notice, CancellationToken cancellationToken);
}
