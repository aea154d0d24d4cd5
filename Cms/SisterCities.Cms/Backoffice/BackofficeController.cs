using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>
/// Base of every backoffice controller. Deny by default: a signed-in user is required (only the sign-in and
/// first-run set-up actions opt out with [AllowAnonymous]), every unsafe request needs a valid antiforgery token,
/// and each action checks the user's role on the site of the item it touches.
/// </summary>
[Authorize]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class BackofficeController : Controller
{
    /// <summary>The signed-in user with their roles (null only on anonymous actions).</summary>
    protected Editor? CurrentEditor { get; private set; }

    protected Editor Me => CurrentEditor ?? throw new InvalidOperationException("No signed-in user on an authorized action.");

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            CurrentEditor = await HttpContext.RequestServices.GetRequiredService<SiteAccess>().LoadAsync(User, HttpContext.RequestAborted);
        }

        ViewData["Editor"] = CurrentEditor;
        await next();
    }

    protected static string ViewPath(string name) => $"/Backoffice/Views/{name}.cshtml";

    protected IActionResult Page(string name, object? model, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return View(ViewPath(name), model);
    }

    protected IActionResult Refused(WorkflowOutcome outcome) => outcome.Status switch
    {
        WorkflowStatus.Forbidden => Page("Message", new MessageModel("Access denied", outcome.Message ?? ""), StatusCodes.Status403Forbidden),
        WorkflowStatus.NotFound => Page("Message", new MessageModel("Not found", outcome.Message ?? ""), StatusCodes.Status404NotFound),
        WorkflowStatus.Conflict => Page("Message", new MessageModel("Changed by someone else", outcome.Message ?? ""), StatusCodes.Status409Conflict),
        _ => Page("Message", new MessageModel("Not possible", outcome.Message ?? "", outcome.Errors), StatusCodes.Status422UnprocessableEntity),
    };

    protected IActionResult Forbidden() => Refused(WorkflowOutcome.Forbidden);

    protected IActionResult Missing() => Refused(WorkflowOutcome.NotFound);
}
