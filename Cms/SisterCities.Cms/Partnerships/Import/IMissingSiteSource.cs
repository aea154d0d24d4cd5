using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Import;

/// <summary>Creates the site of a Ukrainian city that is not yet in the network (from the official codifier).</summary>
public interface IMissingSiteSource
{
    /// <returns>The new site, or null where the codifier has no such municipality.</returns>
    Task<Site?> CreateSiteAsync(string cityUk, string oblastEn, CancellationToken cancellationToken);
}
