namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>
/// What the recipient of an inquiry is told. <see cref="To"/> is the business's (or municipal project's) private
/// contact address; <see cref="ManagerUserIds"/> lets a mail outbox that knows the accounts copy the managers.
/// </summary>
public sealed record InquiryNotice(
    Guid InquiryId,
    string To,
    IReadOnlyList<string> ManagerUserIds,
    string RecipientName,
    string FromName,
    string FromEmail,
    string? FromOrganisation,
    string? FromCountry,
    string Subject,
    string Message,
    DateTimeOffset SentAt);
