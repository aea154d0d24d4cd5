using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// Which catalog page a path names: <c>/catalog</c> (businesses), <c>/catalog/projects</c>, <c>/catalog/{slug-id}</c>
/// (showroom), <c>/catalog/projects/{slug-id}</c>, each detail with <c>/inquiry-sent</c> after a sent inquiry.
/// Shared by the city sites and the hub, which differ only in <see cref="CatalogScope"/>.
/// </summary>
public sealed class CatalogPageRouter(CatalogListBuilder lists, CatalogDetailBuilder details)
{
    public static bool Handles(string urlPath) =>
        urlPath == CatalogPaths.Root || urlPath.StartsWith(CatalogPaths.Root + "/", StringComparison.Ordinal);

    public Task<PublicPageModel?> BuildAsync(CatalogScope scope, string urlPath, string? networkUrl, CancellationToken cancellationToken)
    {
        if (urlPath == CatalogPaths.Root)
        {
            return Upcast(lists.BusinessesAsync(scope, networkUrl, cancellationToken));
        }

        if (urlPath == CatalogPaths.Projects)
        {
            return Upcast(lists.ProjectsAsync(scope, networkUrl, cancellationToken));
        }

        var sent = urlPath.EndsWith(CatalogPaths.SentSuffix, StringComparison.Ordinal);
        var rest = sent ? urlPath[..^CatalogPaths.SentSuffix.Length] : urlPath;
        if (rest.StartsWith(CatalogPaths.Projects + "/", StringComparison.Ordinal))
        {
            var segment = rest[(CatalogPaths.Projects.Length + 1)..];
            return segment.Contains('/', StringComparison.Ordinal) ? Task.FromResult<PublicPageModel?>(null) : details.ProjectAsync(scope, segment, sent, cancellationToken);
        }

        var business = rest[(CatalogPaths.Root.Length + 1)..];
        return business.Contains('/', StringComparison.Ordinal) ? Task.FromResult<PublicPageModel?>(null) : details.ShowroomAsync(scope, business, sent, cancellationToken);
    }

    private static async Task<PublicPageModel?> Upcast(Task<CatalogListModel?> list) => await list;
}
