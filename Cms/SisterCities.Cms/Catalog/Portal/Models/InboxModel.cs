using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record InboxModel(Business Business, IReadOnlyList<Inquiry> Inquiries);
