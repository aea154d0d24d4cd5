using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;

namespace SisterCities.Cms.Catalog;

public static class CatalogServices
{
    /// <summary>The catalog's services. <see cref="ICatalogMail"/> is added only if no other feature registered one first.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section)
            .Validate(o => o.MaxPageSize > 0 && o.InquiriesPerEmail > 0 && o.InquiriesPerIp > 0 && o.InquiryWindow > TimeSpan.Zero && o.ResubmitInterval >= TimeSpan.Zero, "Catalog limits must be positive.")
            .ValidateOnStart();
        services.AddSingleton(_ => KvedClassification.LoadFromOutput());
        services.AddSingleton<SenderIpHasher>();
        services.AddScoped<BusinessProfileRules>();
        services.AddScoped<BusinessAccess>();
        services.AddScoped<BusinessRegistration>();
        services.AddScoped<BusinessModeration>();
        services.AddScoped<BusinessModerationHistory>();
        services.AddScoped<BusinessModeratorMail>();
        services.AddScoped<BusinessResubmission>();
        services.AddScoped<BusinessIdentityRules>();
        services.AddScoped<BusinessIdentityCorrection>();
        services.AddScoped<ShowroomEditing>();
        services.AddScoped<ShowroomGalleryEditing>();
        services.AddScoped<ProjectEditing>();
        services.AddScoped<InquiryIntake>();
        services.AddScoped<InquiryInbox>();
        services.AddScoped<BusinessTeam>();
        services.AddScoped<BusinessProfileEditing>();
        services.AddScoped<ModerationQueue>();
        services.AddScoped<PublicCatalog>();
        services.AddScoped<Partnerships.Matchmaking.ISiteActivityProfile, CatalogActivityProfile>();
        services.AddScoped<CatalogQueryParser>();
        services.TryAddCatalogMail();
        return services;
    }

    private static void TryAddCatalogMail(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(ICatalogMail)))
        {
            services.AddSingleton<ICatalogMail, FileDropCatalogMail>();
        }
    }
}
