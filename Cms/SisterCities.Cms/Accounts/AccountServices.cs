using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Accounts;

public static class AccountServices
{
    public const string SignInPath = "/backoffice/sign-in";

    /// <summary>Identity on the CMS database with the backoffice's password, lockout and cookie rules.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<CmsUser, IdentityRole>(o =>
            {
                // Length over composition rules (NIST SP 800-63B §5.1.1.2): 12 characters, no forced symbols.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sc.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/backoffice/sign-out";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // Only backoffice pages send the browser to the backoffice sign-in; APIs and other areas get a plain 401.
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/backoffice", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Redirect(context.RedirectUri);
                }
                else if (context.Request.Path.StartsWithSegments(Catalog.Portal.PortalRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    // Business users sign in on the portal's own page, not the municipal backoffice's.
                    context.Response.Redirect(Catalog.Portal.PortalRoutes.SignIn + "?returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString));
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }

                return Task.CompletedTask;
            };

            // A signed-in user without the right gets a plain 403, not a redirect to a page that says the same.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Checked on every request so "sign out everywhere" and a removed account take effect immediately.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddScoped<SiteAccess>();
        services.AddScoped<Forms.Entries.IFormEntryAccess, SiteRoleFormEntryAccess>();
        services.AddScoped<Microsoft.AspNetCore.Authentication.IClaimsTransformation, SiteRoleClaims>();
        services.AddScoped<SetupLinks>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AccountAdministration>();
        services.AddSingleton<StandardInput>();
        services.AddScoped<ICliCommand, CreateAdminCommand>();
        services.AddScoped<ICliCommand, GrantRoleCommand>();
        services.AddHostedService<FirstRunSetupAnnouncer>();
        return services;
    }
}
