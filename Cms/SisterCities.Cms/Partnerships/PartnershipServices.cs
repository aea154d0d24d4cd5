using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Partnerships.Import;

namespace SisterCities.Cms.Partnerships;

public static class PartnershipServices
{
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<PartnershipRules>();
        services.AddScoped<PartnershipWriter>();
        services.AddScoped<TwinTownImport>();
        services.AddScoped<IMissingSiteSource, CodifierSiteSource>();
        services.AddScoped<Events.EventWriter>();
        services.AddScoped<Offers.OfferWriter>();
        services.AddScoped<Matchmaking.MunicipalityMatchmaker>();
        services.AddScoped<Matchmaking.BusinessMatchmaker>();
        services.AddScoped<PublicPages.ShowroomLinks>();
        services.AddScoped<PartnerCityWriter>();
        services.AddScoped<Backoffice.PartnershipChoices>();
        services.AddScoped<Backoffice.EventEditing>();
        services.AddScoped<Offers.OfferAnswerRouting>();
        services.AddScoped<Catalog.Inquiries.IOfferAnswerRouting>(sp => sp.GetRequiredService<Offers.OfferAnswerRouting>());
        services.AddScoped<PublicSite.SitePages.ISitePage, PublicPages.SisterCitiesPage>();
        services.AddScoped<PublicSite.SitePages.INetworkPage, PublicPages.PartnershipDirectoryPage>();
        services.AddScoped<ICliCommand, PartnershipsImportCommand>();
        return services;
    }
}
