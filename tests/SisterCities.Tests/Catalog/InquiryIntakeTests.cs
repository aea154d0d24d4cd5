using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Catalog.CatalogTestData;

namespace SisterCities.Tests.Catalog;

public sealed class InquiryIntakeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_inquiry_to_a_verified_business_is_stored_and_mailed_to_its_contact()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "alice");
        await app.WithScopeAsync(async services =>
        {
            var result = await Intake(services, new ManualClock(Start)).SubmitAsync(Request(business.Id), "203.0.113.7", CancellationToken.None);
            Assert.True(result.Succeeded);
            var stored = await services.GetRequiredService<CmsDbContext>().Set<Inquiry>().AsNoTracking().SingleAsync();
            Assert.Equal("buyer@example.com", stored.FromEmail);
            Assert.Equal(Start, stored.ConsentedAt);
            Assert.DoesNotContain("203.0.113.7", stored.SenderIpHash, StringComparison.Ordinal);
            Assert.Equal(64, stored.SenderIpHash.Length);
        });

        var mail = Directory.GetFiles(Path.Combine(app.DataPath, FileDropCatalogMail.FolderName), "*.eml");
        var eml = await File.ReadAllTextAsync(Assert.Single(mail));
        Assert.Contains("To: office@example.org\r\n", eml, StringComparison.Ordinal);
        Assert.Contains("Reply-To: buyer@example.com\r\n", eml, StringComparison.Ordinal);
        Assert.Contains("X-SisterCities-Managers: alice\r\n", eml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VerificationState.Pending)]
    [InlineData(VerificationState.Rejected)]
    [InlineData(VerificationState.Suspended)]
    public async Task Inquiry_to_a_business_that_is_not_verified_is_refused(VerificationState state)
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), state: state);
        await app.WithScopeAsync(async services =>
        {
            var result = await Intake(services, new ManualClock(Start)).SubmitAsync(Request(business.Id), "203.0.113.7", CancellationToken.None);
            Assert.Equal(CatalogOutcome.NotFound, result.Outcome);
            Assert.False(await services.GetRequiredService<CmsDbContext>().Set<Inquiry>().AnyAsync());
        });
        Assert.False(Directory.Exists(Path.Combine(app.DataPath, FileDropCatalogMail.FolderName)));
    }

    [Fact]
    public async Task Consent_and_an_empty_honeypot_are_required()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)));
        await app.WithScopeAsync(async services =>
        {
            var intake = Intake(services, new ManualClock(Start));
            var noConsent = Request(business.Id);
            noConsent.ConsentGiven = false;
            Assert.Contains("consentGiven", (await intake.SubmitAsync(noConsent, "203.0.113.7", CancellationToken.None)).Errors.Keys);
            var bot = Request(business.Id);
            bot.Honeypot = "I am a bot";
            Assert.Equal(CatalogOutcome.Invalid, (await intake.SubmitAsync(bot, "203.0.113.7", CancellationToken.None)).Outcome);
            Assert.False(await services.GetRequiredService<CmsDbContext>().Set<Inquiry>().AnyAsync());
        });
    }

    [Fact]
    public async Task One_sender_address_is_limited_per_window_and_may_send_again_after_it()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Catalog:InquiriesPerEmail"] = "2", ["Catalog:InquiryWindow"] = "01:00:00" });
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)));
        await app.WithScopeAsync(async services =>
        {
            var clock = new ManualClock(Start);
            var intake = Intake(services, clock);
            Assert.True((await intake.SubmitAsync(Request(business.Id), "203.0.113.1", CancellationToken.None)).Succeeded);
            clock.Advance(TimeSpan.FromMinutes(10));
            Assert.True((await intake.SubmitAsync(Request(business.Id), "203.0.113.2", CancellationToken.None)).Succeeded);
            clock.Advance(TimeSpan.FromMinutes(10));
            var sameCaseChanged = Request(business.Id);
            sameCaseChanged.FromEmail = "BUYER@example.com";
            Assert.Equal(CatalogOutcome.TooManyRequests, (await intake.SubmitAsync(sameCaseChanged, "203.0.113.3", CancellationToken.None)).Outcome);
            clock.Advance(TimeSpan.FromMinutes(41));
            Assert.True((await intake.SubmitAsync(Request(business.Id), "203.0.113.4", CancellationToken.None)).Succeeded);
        });
    }

    [Fact]
    public async Task One_IP_address_is_limited_per_window_whatever_addresses_it_claims()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Catalog:InquiriesPerIp"] = "3" });
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)));
        await app.WithScopeAsync(async services =>
        {
            var intake = Intake(services, new ManualClock(Start));
            for (var i = 0; i < 3; i++)
            {
                var request = Request(business.Id);
                request.FromEmail = $"sender{i}@example.com";
                Assert.True((await intake.SubmitAsync(request, "198.51.100.9", CancellationToken.None)).Succeeded);
            }

            var fourth = Request(business.Id);
            fourth.FromEmail = "sender4@example.com";
            Assert.Equal(CatalogOutcome.TooManyRequests, (await intake.SubmitAsync(fourth, "198.51.100.9", CancellationToken.None)).Outcome);
            Assert.True((await intake.SubmitAsync(fourth, "198.51.100.10", CancellationToken.None)).Succeeded);
        });
    }

    [Fact]
    public async Task The_public_endpoint_answers_202_404_and_422_with_problem_details()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var verified = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)));
        var suspended = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2)), state: VerificationState.Suspended);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/inquiries", Request(verified.Id))).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/v1/inquiries", Request(suspended.Id));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var huge = Request(verified.Id);
        huge.Message = new string('x', 20_000);
        var invalid = await client.PostAsJsonAsync("/api/v1/inquiries", huge);
        Assert.True(invalid.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge, invalid.StatusCode.ToString());
    }

    [Fact]
    public async Task Malformed_or_oversized_bodies_are_client_errors_never_500()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var verified = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)));
        var client = app.CreateClient();

        using var garbage = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
        var malformed = await client.PostAsync(new Uri("/api/v1/inquiries", UriKind.Relative), garbage);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);

        var huge = Request(verified.Id);
        huge.Message = new string('x', 5 * 1024 * 1024);
        var oversized = await client.PostAsJsonAsync("/api/v1/inquiries", huge);
        // Kestrel enforces the endpoint's 64 KB limit (413); the in-memory test server does not, so the length rule answers 422.
        Assert.True(oversized.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode.ToString());
        await app.WithScopeAsync(async services => Assert.False(await services.GetRequiredService<CmsDbContext>().Set<Inquiry>().AnyAsync()));
    }

    [Fact]
    public async Task An_inquiry_to_a_municipal_project_goes_to_the_project_contact()
    {
        using var app = CmsAppFactory.Sqlite();
        var sites = await SeedSitesAsync(app.Services);
        var projectId = await app.WithScopeAsync(async services =>
        {
            var draft = CatalogVisibilityTests.Project(null, Cms.Catalog.Projects.ProjectStatus.Open);
            draft.OwnerSiteId = sites.Lviv;
            var created = await services.GetRequiredService<Cms.Catalog.Projects.ProjectEditing>()
                .CreateAsync(TestActor.SiteAdmin("lviv-admin", sites.Lviv), draft, CancellationToken.None);
            return created.Value!.Id;
        });
        await app.WithScopeAsync(async services =>
        {
            var request = Request(Guid.Empty);
            request.BusinessId = null;
            request.ProjectId = projectId;
            Assert.True((await Intake(services, new ManualClock(Start)).SubmitAsync(request, "203.0.113.7", CancellationToken.None)).Succeeded);
        });
        var eml = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(app.DataPath, FileDropCatalogMail.FolderName))));
        Assert.Contains("To: invest@example.org\r\n", eml, StringComparison.Ordinal);
    }

    private static InquiryIntake Intake(IServiceProvider services, TimeProvider clock) => new(
        services.GetRequiredService<CmsDbContext>(),
        services.GetRequiredService<SenderIpHasher>(),
        services.GetRequiredService<ICatalogMail>(),
        services.GetRequiredService<IOptions<CatalogOptions>>(),
        clock);

    private static InquiryRequest Request(Guid businessId) => new()
    {
        BusinessId = businessId,
        FromName = "Test Buyer",
        FromEmail = "buyer@example.com",
        FromOrganisation = "Test GmbH",
        FromCountry = "de",
        Subject = "Wholesale prices",
        Message = "Please send your price list.",
        ConsentText = "I agree that my message and e-mail address are passed to the business.",
        ConsentGiven = true,
    };
}
