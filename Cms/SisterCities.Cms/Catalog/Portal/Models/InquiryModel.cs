using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record InquiryModel(Business Business, Inquiry Inquiry, string? Reply, FormErrors Errors, string? Notice = null);
