using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Sites;

/// <summary>The site a request resolved to, as a request feature. Absent for the network landing page.</summary>
public sealed record CurrentSite(SiteSummary Site);

public static class CurrentSiteExtensions
{
    public static SiteSummary? GetSite(this HttpContext context) => context.Features.Get<CurrentSite>()?.Site;
}
