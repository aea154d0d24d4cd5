using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

public sealed class PartnershipRulesTests : IDisposable
{
    private readonly CmsAppFactory _app = CmsAppFactory.Sqlite();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_site_cannot_partner_with_itself()
    {
        var errors = await WithSitesAsync((lviv, _, writer) =>
            writer.CreateAsync(new PartnershipDraft { SiteId = lviv.Id, PartnerSiteId = lviv.Id, Status = PartnershipStatus.Active }, default));
        Assert.Contains("partnerSiteId", errors.Errors.Keys);
    }

    [Fact]
    public async Task A_second_active_partnership_between_the_same_sites_is_refused_in_either_direction()
    {
        var second = await WithSitesAsync(async (lviv, odesa, writer) =>
        {
            var first = await writer.CreateAsync(new PartnershipDraft { SiteId = lviv.Id, PartnerSiteId = odesa.Id, Status = PartnershipStatus.Active }, default);
            Assert.True(first.Succeeded);
            return await writer.CreateAsync(new PartnershipDraft { SiteId = odesa.Id, PartnerSiteId = lviv.Id, Status = PartnershipStatus.Active }, default);
        });
        Assert.Equal(["These two already have an active partnership."], second.Errors["partner"]);
    }

    [Fact]
    public async Task An_ended_tie_does_not_block_a_new_active_one()
    {
        var renewed = await WithSitesAsync(async (lviv, odesa, writer) =>
        {
            await writer.CreateAsync(new PartnershipDraft { SiteId = lviv.Id, PartnerSiteId = odesa.Id, Status = PartnershipStatus.Ended }, default);
            return await writer.CreateAsync(new PartnershipDraft { SiteId = lviv.Id, PartnerSiteId = odesa.Id, Status = PartnershipStatus.Active }, default);
        });
        Assert.True(renewed.Succeeded);
    }

    [Fact]
    public async Task An_end_date_before_the_start_is_refused_and_nothing_is_stored()
    {
        var result = await WithSitesAsync((lviv, odesa, writer) => writer.CreateAsync(
            new PartnershipDraft
            {
                SiteId = lviv.Id,
                PartnerSiteId = odesa.Id,
                Status = PartnershipStatus.Ended,
                StartedOn = new DateOnly(2020, 5, 1),
                EndedOn = new DateOnly(2019, 1, 1),
            },
            default));
        Assert.Contains("endedOn", result.Errors.Keys);
        var count = await _app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<CmsDbContext>().Set<Partnership>().Count()));
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Unknown_areas_are_named_in_the_error()
    {
        var result = await WithSitesAsync((lviv, odesa, writer) => writer.CreateAsync(
            new PartnershipDraft { SiteId = lviv.Id, PartnerSiteId = odesa.Id, Areas = ["culture", "astrology"] }, default));
        Assert.Contains("astrology", result.Errors["areas"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PL", true)]
    [InlineData("DE", true)]
    [InlineData("JE", true)]
    [InlineData("XX", false)]
    [InlineData("pl", false)]
    [InlineData("POL", false)]
    public void Country_codes_are_checked_against_ISO_3166(string code, bool valid) =>
        Assert.Equal(valid, CountryCodes.IsValid(code));

    private Task<PartnershipWriteResult> WithSitesAsync(Func<Site, Site, PartnershipWriter, Task<PartnershipWriteResult>> work) =>
        _app.WithScopeAsync(async sp =>
        {
            var sites = await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv(), RealSites.Odesa());
            return await work(sites[0], sites[1], sp.GetRequiredService<PartnershipWriter>());
        });
}
