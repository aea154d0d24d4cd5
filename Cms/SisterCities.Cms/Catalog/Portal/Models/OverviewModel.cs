using SisterCities.Cms.Catalog.Businesses;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record OverviewModel(Business Business, string? SiteName, int Items, int Projects, int UnreadInquiries);
