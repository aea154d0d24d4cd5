namespace SisterCities.Cms.Alerts;

/// <summary>The alerts a site shows right now, for themes (banner) and the Delivery API. Cheap: served from memory.</summary>
public interface IAlertBoard
{
    ValueTask<IReadOnlyList<ActiveAlert>> ForSiteAsync(int siteId, CancellationToken cancellationToken);
}
