using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Base of every business-portal controller. Deny by default: a signed-in account with a confirmed e-mail is
/// required (only sign-up, confirmation and sign-in opt out with [AllowAnonymous]), every unsafe request needs an
/// antiforgery token, bodies are capped, and every business-scoped action goes through <see cref="ManagedAsync"/>,
/// which checks the stored managers of the business in the route.
/// </summary>
[Authorize]
[AutoValidateAntiforgeryToken]
[PortalBodyLimit]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class PortalController : Controller
{
    private Editor? _editor;

    protected Editor Me => _editor ?? throw new InvalidOperationException("No signed-in user on an authorized action.");

    protected ICatalogActor Actor => new CatalogActor(Me);

    protected PortalChrome Chrome { get; private set; } = PortalChrome.Anonymous;

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var services = HttpContext.RequestServices;
        if (User.Identity?.IsAuthenticated == true)
        {
            var users = services.GetRequiredService<UserManager<CmsUser>>();
            var user = await users.GetUserAsync(User);
            _editor = user is null ? null : await services.GetRequiredService<SiteAccess>().LoadAsync(user.Id, HttpContext.RequestAborted);
            if (user is not null && !user.EmailConfirmed && !IsAnonymousAction(context))
            {
                context.Result = Page("Message", new PortalMessage("Confirm your e-mail", "Open the link in the message we sent to your address, then sign in again."), StatusCodes.Status403Forbidden);
                return;
            }

            if (_editor is not null)
            {
                Chrome = new PortalChrome(_editor.Name, await MyBusinessesAsync(services.GetRequiredService<CmsDbContext>(), _editor.Id), CurrentBusinessId(context));
            }
        }

        ViewData["Chrome"] = Chrome;
        await next();
    }

    protected static string ViewPath(string name) => $"/Catalog/Portal/Views/{name}.cshtml";

    protected IActionResult Page(string name, object? model, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        ViewData["Chrome"] = Chrome;
        return View(ViewPath(name), model);
    }

    protected IActionResult Message(string title, string text, int status) => Page("Message", new PortalMessage(title, text), status);

    /// <summary>A refused catalog command as a page with the matching status.</summary>
    protected IActionResult Refused<T>(CatalogResult<T> result) => result.Outcome switch
    {
        CatalogOutcome.NotFound => Message("Not found", "There is nothing here, or it is not yours.", StatusCodes.Status404NotFound),
        CatalogOutcome.Forbidden => Message("Not allowed", string.Join(" ", result.Errors.Values.SelectMany(v => v)), StatusCodes.Status403Forbidden),
        CatalogOutcome.Conflict => Page("Message", new PortalMessage("Not possible", "", result.Errors), StatusCodes.Status409Conflict),
        CatalogOutcome.TooManyRequests => Message("Too many requests", string.Join(" ", result.Errors.Values.SelectMany(v => v)), StatusCodes.Status429TooManyRequests),
        _ => Page("Message", new PortalMessage("Not accepted", "", result.Errors), StatusCodes.Status422UnprocessableEntity),
    };

    /// <summary>The business in the route if the signed-in account manages it (suspended ones too, read-only pages decide).</summary>
    protected async Task<(Business? Business, IActionResult? Refusal)> ManagedAsync(Guid businessId, CancellationToken cancellationToken)
    {
        var db = HttpContext.RequestServices.GetRequiredService<CmsDbContext>();
        var business = await db.Set<Business>().AsNoTracking().Include(b => b.Activities).SingleOrDefaultAsync(b => b.Id == businessId, cancellationToken);
        if (business is null || !await db.Set<BusinessManager>().AnyAsync(m => m.BusinessId == businessId && m.UserId == Me.Id, cancellationToken))
        {
            // Someone else's business looks exactly like a missing one: ids are not confirmed to outsiders.
            return (null, Message("Not found", "There is nothing here, or it is not yours.", StatusCodes.Status404NotFound));
        }

        return (business, null);
    }

    private static bool IsAnonymousAction(ActionExecutingContext context) =>
        context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();

    private static Guid? CurrentBusinessId(ActionExecutingContext context) =>
        context.RouteData.Values.TryGetValue("businessId", out var raw) && Guid.TryParse(raw?.ToString(), out var id) ? id : null;

    private static async Task<IReadOnlyList<ManagedBusiness>> MyBusinessesAsync(CmsDbContext db, string userId) =>
        await (from m in db.Set<BusinessManager>()
               join b in db.Set<Business>() on m.BusinessId equals b.Id
               where m.UserId == userId
               orderby EF.Functions.Collate(b.DisplayName, db.UkrainianCollation), b.Id
               select new ManagedBusiness(b.Id, b.DisplayName, b.State, m.Role)).ToListAsync();
}
