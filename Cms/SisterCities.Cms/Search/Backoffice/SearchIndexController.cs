using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Search.Backoffice;

/// <summary>
/// The search index page for network admins: status (documents, applied feed position, feed head) and the
/// rebuild button. The rebuild runs in the background, tied to the application's lifetime rather than the request.
/// While it runs, the page's script polls <c>status</c> (JSON) and updates the progress in place; without
/// JavaScript the page offers a link to show the current progress. No meta refresh: that fails WCAG 2.2.1.
/// </summary>
[Route("backoffice/search-index")]
public sealed class SearchIndexController(SearchIndex index, SearchRebuilder rebuilder, CmsDbContext db, IHostApplicationLifetime lifetime)
    : Cms.Backoffice.BackofficeController
{
    internal const string ViewName = "/Search/Backoffice/SearchIndexStatus.cshtml";

    private static readonly Lazy<byte[]> ProgressJs = new(() =>
    {
        using var stream = typeof(SearchIndexController).Assembly.GetManifestResourceStream("SisterCities.Cms.Search.Backoffice.rebuild-progress.js")
            ?? throw new InvalidOperationException("The rebuild progress script is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!Me.IsNetworkAdmin)
        {
            return Forbidden();
        }

        return View(ViewName, await StatusAsync(cancellationToken));
    }

    /// <summary>What the page shows, as JSON, for the page's script while a rebuild runs (no-store, like every backoffice answer).</summary>
    [HttpGet("status")]
    public async Task<IActionResult> Status(CancellationToken cancellationToken)
    {
        if (!Me.IsNetworkAdmin)
        {
            return Problem(title: "Access denied", detail: "Only network admins see the search index.", statusCode: StatusCodes.Status403Forbidden);
        }

        return Ok(SearchIndexStatusResponse.From(await StatusAsync(cancellationToken)));
    }

    /// <summary>The page's live-progress script; served from here because CSP allows scripts only from 'self'.</summary>
    [HttpGet("rebuild-progress.js")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public IActionResult ProgressScript() => File(ProgressJs.Value, "text/javascript; charset=utf-8");

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

    private async Task<SearchIndexStatusModel> StatusAsync(CancellationToken cancellationToken)
    {
        // Progress first: a rebuild that finishes between the reads then shows as running with the new index's
        // numbers (the next poll corrects it), never as finished with the old index's numbers.
        var progress = rebuilder.Progress;
        var head = await db.Set<ChangeFeedEntry>().AsNoTracking().MaxAsync(e => (long?)e.Seq, cancellationToken) ?? 0;
        return new SearchIndexStatusModel(index.IsOpen, index.LiveFolderName, index.DocumentCount, index.Seq, head, index.NeedsRebuild, progress);
    }
}
