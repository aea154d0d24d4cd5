using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>"Mark as unread" in the business portal's inbox: a plain form post, managers of the business only.</summary>
public sealed class InboxUnreadTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Read_inquiry_marked_unread_counts_as_new_again(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 311);
        var client = await PortalTestData.SignInAsync(bed, "a@firma.example");
        var inquiryPage = await (await client.GetAsync($"/business/{a.BusinessId}/inbox/{a.InquiryId}")).Content.ReadAsStringAsync();
        Assert.Contains($"action=\"/business/{a.BusinessId}/inbox/{a.InquiryId}/unread\"", inquiryPage, StringComparison.Ordinal);
        Assert.Contains("0 unread inquiry(ies)", await OverviewAsync(client, a), StringComparison.Ordinal);
        var readList = await (await client.GetAsync($"/business/{a.BusinessId}/inbox")).Content.ReadAsStringAsync();
        Assert.Contains($"action=\"/business/{a.BusinessId}/inbox/{a.InquiryId}/unread\"", readList, StringComparison.Ordinal);

        var response = await client.PostAsync($"/business/{a.BusinessId}/inbox/{a.InquiryId}/unread");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("is marked as unread: it counts as new again.", html, StringComparison.Ordinal);
        Assert.Contains("Unread (1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/inbox/{a.InquiryId}/unread\"", html, StringComparison.Ordinal);
        Assert.Contains("1 unread inquiry(ies)", await OverviewAsync(client, a), StringComparison.Ordinal);
        Assert.Null((await InquiryAsync(bed, a.InquiryId)).ReadAt);
    }

    [Fact]
    public async Task Handled_inquiry_cannot_be_marked_unread_and_shows_no_button()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 312);
        var client = await PortalTestData.SignInAsync(bed, "a@firma.example");
        var replied = await client.PostAsync($"/business/{a.BusinessId}/inbox/{a.InquiryId}/reply", ("message", "Test: thank you, we will call."));
        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);
        Assert.DoesNotContain("/unread\"", await replied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("/unread\"", await (await client.GetAsync($"/business/{a.BusinessId}/inbox")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var before = await InquiryAsync(bed, a.InquiryId);

        var response = await client.PostAsync($"/business/{a.BusinessId}/inbox/{a.InquiryId}/unread");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var after = await InquiryAsync(bed, a.InquiryId);
        Assert.Equal(before.ReadAt, after.ReadAt);
        Assert.Equal(before.RepliedAt, after.RepliedAt);
        Assert.NotNull(after.ReadAt);
    }

    [Fact]
    public async Task Manager_of_another_business_gets_404_and_the_inquiry_stays_read()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var ownerA = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var ownerB = await PortalTestData.ConfirmedUserAsync(bed, "b@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, ownerA, 313);
        var b = await PortalTestData.BusinessWithRecordsAsync(bed, ownerB, 314);
        var managerOfA = await PortalTestData.SignInAsync(bed, "a@firma.example");
        Assert.Equal(HttpStatusCode.OK, (await managerOfA.GetAsync($"/business/{a.BusinessId}/inbox/{a.InquiryId}")).StatusCode);
        var readAt = (await InquiryAsync(bed, a.InquiryId)).ReadAt;
        Assert.NotNull(readAt);
        var managerOfB = await PortalTestData.SignInAsync(bed, "b@firma.example");

        // A's inquiry under A's route, and A's inquiry smuggled under B's own route.
        Assert.Equal(HttpStatusCode.NotFound, (await managerOfB.PostAsync($"/business/{a.BusinessId}/inbox/{a.InquiryId}/unread")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await managerOfB.PostAsync($"/business/{b.BusinessId}/inbox/{a.InquiryId}/unread")).StatusCode);

        Assert.Equal(readAt, (await InquiryAsync(bed, a.InquiryId)).ReadAt);
    }

    [Fact]
    public async Task Mark_unread_without_antiforgery_token_is_400_and_changes_nothing()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 315);
        var client = await PortalTestData.SignInAsync(bed, "a@firma.example");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/business/{a.BusinessId}/inbox/{a.InquiryId}")).StatusCode);
        var readAt = (await InquiryAsync(bed, a.InquiryId)).ReadAt;

        var response = await client.Http.PostAsync($"/business/{a.BusinessId}/inbox/{a.InquiryId}/unread", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(readAt);
        Assert.Equal(readAt, (await InquiryAsync(bed, a.InquiryId)).ReadAt);
    }

    private static async Task<string> OverviewAsync(PortalClient client, PortalTestData.Seeded a) =>
        await (await client.GetAsync($"/business/{a.BusinessId}")).Content.ReadAsStringAsync();

    private static Task<Inquiry> InquiryAsync(BackofficeTestBed bed, Guid id) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Inquiry>().AsNoTracking().SingleAsync(i => i.Id == id));
}
