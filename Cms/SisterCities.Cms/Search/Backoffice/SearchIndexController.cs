using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Search.Backoffice;

/// <summary>
/// The search index page for network admins: status (documents, applied feed position, feed head) and the
/// rebuild button. The rebuild runs in the background, tied to the application's lifetime rather than the request;
/// the page then refreshes itself every two seconds (a meta refresh, no script) until it has finished.
/// </summary>
[Route("backoffice/search-index")]
public sealed class SearchIndexController(SearchIndex index, SearchRebuilder rebuilder, CmsDbContext db, IHostApplicationLifetime lifetime)
    : Cms.Backoffice.BackofficeController
{
    internal const string ViewName = "/Search/Backoffice/SearchIndexStatus.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!Me.IsNetworkAdmin)
        {
            return Forbidden();
        }

        var head = await db.Set<ChangeFeedEntry>().AsNoTracking().MaxAsync(e => (long?)e.Seq, cancellationToken) ?? 0;
        var model = new SearchIndexStatusModel(index.IsOpen, index.LiveFolderName, index.DocumentCount, index.Seq, head, index.NeedsRebuild, rebuilder.Progress);
        return View(ViewName, model);
    }

    [HttpPost("rebuild")]
    public IActionResult Rebuild()
    {
        if (!Me.IsNetworkAdmin)
        {
            return Forbidden();
        }

        if (!index.IsOpen)
        {
            return Refused(Workflow.WorkflowOutcome.Conflict("The index is still opening; try again in a few seconds."));
        }

        // Not awaited: the page shows the progress. A failure is logged by the rebuilder and shown as its Error.
        _ = rebuilder.RebuildAsync(lifetime.ApplicationStopping);
        return Redirect("/backoffice/search-index");
    }
}
