using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

[assembly: NeutralResourcesLanguage("uk")]

namespace SisterCities.Cms.Localization;

/// <summary>
/// Ukrainian first. Text a person reads comes from resources through <c>IStringLocalizer&lt;T&gt;</c>: a feature keeps
/// a marker class (e.g. <c>Security/SecurityText.cs</c>) beside its <c>SecurityText.resx</c>, which is Ukrainian (the
/// neutral language), and <c>SecurityText.en.resx</c>. The UI language of a request is Ukrainian unless the visitor
/// chose English (the standard <c>.AspNetCore.Culture</c> cookie); number and date formats are not touched here,
/// because public pages format by the page's own culture.
/// </summary>
public static class CmsLocalization
{
    public static readonly CultureInfo Ukrainian = CultureInfo.GetCultureInfo("uk");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IServiceCollection AddCmsLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        return services;
    }

    /// <summary>Sets the request's UI culture: the chosen supported language, else Ukrainian (never the server's locale).</summary>
    public static IApplicationBuilder UseCmsUiLanguage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var chosen = context.Request.Cookies.TryGetValue(CookieRequestCultureProvider.DefaultCookieName, out var cookie)
            ? CookieRequestCultureProvider.ParseCookieValue(cookie)?.UICultures.FirstOrDefault().Value
            : null;
        CultureInfo.CurrentUICulture = string.Equals(chosen, English.Name, StringComparison.OrdinalIgnoreCase) ? English : Ukrainian;
        await next(context);
    });
}
