using SisterCities.Cms.Catalog.Inquiries;

namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>
/// An inquiry in the list, with the title of the project or cooperation offer it was sent about (both null when sent
/// to the business).
/// </summary>
public sealed record InboxRow(Inquiry Inquiry, string? ProjectTitle, string? OfferTitle = null);
