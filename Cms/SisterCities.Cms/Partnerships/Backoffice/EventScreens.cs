using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>Where the event screens of a site, or of the network (no site), live.</summary>
public static class EventScreens
{
    public static string BasePath(SiteSummary? site) => site is null ? "/" + NetworkEventsController.Root : $"/backoffice/sites/{site.Key}/events";
}
