using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.PublicSite.Theming;

/// <summary>
/// Renders a theme's Razor view from a minimal-API endpoint: the same executor MVC uses for a controller's
/// <c>View()</c>, so layouts, partials, tag helpers and <c>asp-append-version</c> all work.
/// Content type is <c>text/html; charset=utf-8</c>.
/// </summary>
public sealed class ThemeViewResult(string viewPath, PublicPageModel model, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var metadata = httpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var actionContext = new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor());
        var view = new ViewResult
        {
            ViewName = viewPath,
            ViewData = new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = model },
            StatusCode = statusCode,
            ContentType = "text/html; charset=utf-8",
        };
        return view.ExecuteResultAsync(actionContext);
    }
}
