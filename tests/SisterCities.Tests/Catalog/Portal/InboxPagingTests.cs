using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

public sealed partial class InboxPagingTests
{
    [Fact]
    public async Task Inbox_lists_20_newest_first_and_page_2_holds_the_older_inquiries()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 301);
        await AddInquiriesAsync(bed, a, 24);
        var client = await PortalTestData.SignInAsync(bed, "a@firma.example");

        var first = await client.GetAsync($"/business/{a.BusinessId}/inbox");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstHtml = await first.Content.ReadAsStringAsync();
        Assert.Equal(Enumerable.Range(6, 19).Reverse().Select(Subject).Prepend("Test inquiry"), Subjects(firstHtml));
        Assert.Contains("Inquiries 1–20 of 25 · 25 unread", firstHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"/business/{a.BusinessId}/inbox?page=2\" rel=\"next\"", firstHtml, StringComparison.Ordinal);

        var second = await client.GetAsync($"/business/{a.BusinessId}/inbox?page=2");
        var secondHtml = await second.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(Subject), Subjects(secondHtml));
        Assert.Contains("Inquiries 21–25 of 25", secondHtml, StringComparison.Ordinal);
        Assert.Contains("project: Тестовий проєкт", secondHtml, StringComparison.Ordinal);
        Assert.Contains($"href=\"/business/{a.BusinessId}/inbox?page=1\" rel=\"prev\"", secondHtml, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/business/{a.BusinessId}/inbox?page=3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/business/{a.BusinessId}/inbox?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/business/{a.BusinessId}/inbox?page=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/business/{a.BusinessId}/inbox?page=99999999999")).StatusCode);
    }

    [Fact]
    public async Task Unread_filter_lists_only_inquiries_nobody_opened()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 302);
        var ids = await AddInquiriesAsync(bed, a, 3);
        var client = await PortalTestData.SignInAsync(bed, "a@firma.example");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/business/{a.BusinessId}/inbox/{ids[1]}")).StatusCode);

        var html = await (await client.GetAsync($"/business/{a.BusinessId}/inbox?unread=true")).Content.ReadAsStringAsync();
        Assert.Equal(3, Subjects(html).Count);
        Assert.DoesNotContain(Subject(2), Subjects(html));
        Assert.Contains("Unread (3)", html, StringComparison.Ordinal);
        Assert.Contains("All (4)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_of_another_business_sees_none_of_its_inquiries()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var ownerA = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var ownerB = await PortalTestData.ConfirmedUserAsync(bed, "b@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, ownerA, 303);
        var b = await PortalTestData.BusinessWithRecordsAsync(bed, ownerB, 304);
        await AddInquiriesAsync(bed, a, 24);
        var managerOfB = await PortalTestData.SignInAsync(bed, "b@firma.example");

        foreach (var url in new[] { $"/business/{a.BusinessId}/inbox", $"/business/{a.BusinessId}/inbox?page=2", $"/business/{a.BusinessId}/inbox?unread=true" })
        {
            var response = await managerOfB.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Empty(Subjects(await response.Content.ReadAsStringAsync()));
        }

        // B's own inbox holds B's one inquiry and none of A's.
        var own = await (await managerOfB.GetAsync($"/business/{b.BusinessId}/inbox")).Content.ReadAsStringAsync();
        Assert.Equal(["Test inquiry"], Subjects(own));

        // The listing service itself checks the manager too, not only the controller.
        var page = await bed.WithScopeAsync(sp => sp.GetRequiredService<SisterCities.Cms.Catalog.Portal.InboxPages>()
            .LoadAsync(ownerB, a.BusinessId, 1, unreadOnly: false, CancellationToken.None));
        Assert.Equal(0, page.Total);
        Assert.Empty(page.Rows);
    }

    [Fact]
    public async Task A_full_inbox_page_takes_two_queries_whatever_its_rows()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var a = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 305);
        await AddInquiriesAsync(bed, a, 30);

        var (rows, commands) = await bed.WithScopeAsync(async sp =>
        {
            using var counter = new CommandCounter(sp.GetRequiredService<CmsDbContext>());
            var page = await sp.GetRequiredService<SisterCities.Cms.Catalog.Portal.InboxPages>().LoadAsync(owner, a.BusinessId, 1, unreadOnly: false, CancellationToken.None);
            return (page.Rows.Count, counter.Count);
        });

        Assert.Equal(20, rows);
        Assert.Equal(2, commands);
    }

    private static string Subject(int n) => $"Test: запит {n:00}";

    /// <summary>Inquiries "Test: запит 01".."NN", one minute apart, all older than the seeded one; every third to the business's project.</summary>
    private static Task<List<Guid>> AddInquiriesAsync(BackofficeTestBed bed, PortalTestData.Seeded business, int count) => bed.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var ids = new List<Guid>();
        for (var n = 1; n <= count; n++)
        {
            var inquiry = new Inquiry
            {
                Id = Guid.NewGuid(),
                BusinessId = n % 3 == 0 ? null : business.BusinessId,
                ProjectId = n % 3 == 0 ? business.ProjectId : null,
                FromName = "Test sender",
                FromEmail = $"buyer{n}@example.org",
                Subject = Subject(n),
                Message = "Test message",
                ConsentText = "I agree",
                ConsentedAt = start,
                SenderIpHash = "test",
                CreatedAt = start.AddMinutes(n),
            };
            db.Add(inquiry);
            ids.Add(inquiry.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    });

    private static List<string> Subjects(string html) =>
        SubjectLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<td><a href=\"/business/[0-9a-f-]+/inbox/[0-9a-f-]+\">([^<]*)</a></td>")]
    private static partial Regex SubjectLink();
}
