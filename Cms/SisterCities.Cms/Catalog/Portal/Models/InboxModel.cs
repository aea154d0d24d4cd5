using SisterCities.Cms.Catalog.Businesses;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record InboxModel(Business Business, InboxPage Page, string? Notice = null);
