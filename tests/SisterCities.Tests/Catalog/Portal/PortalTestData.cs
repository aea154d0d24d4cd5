using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>Builders for portal tests on a <see cref="BackofficeTestBed"/> (Lviv and Kyiv): confirmed business accounts, businesses with records.</summary>
internal static class PortalTestData
{
    public static Task<string> ConfirmedUserAsync(BackofficeTestBed bed, string email) => bed.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, BackofficeTestBed.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    });

    public static async Task<PortalClient> SignInAsync(BackofficeTestBed bed, string email, string password = BackofficeTestBed.Password)
    {
        var client = Anonymous(bed);
        var response = await client.PostAsync("/business/sign-in", ("Email", email), ("Password", password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        client.ForgetToken();
        return client;
    }

    public static PortalClient Anonymous(BackofficeTestBed bed) =>
        new(bed.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A Lviv business owned by <paramref name="ownerId"/> with one showroom item, one project and one inquiry.</summary>
    public static Task<Seeded> BusinessWithRecordsAsync(BackofficeTestBed bed, string ownerId, int seed) => bed.WithScopeAsync(async sp =>
    {
        var actor = TestActor.User(ownerId);
        var business = (await sp.GetRequiredService<BusinessRegistration>().RegisterAsync(actor, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(seed), name: $"Test: business {seed}"), CancellationToken.None)).Value!;
        var item = (await sp.GetRequiredService<ShowroomEditing>().CreateAsync(actor, business.Id, new ShowroomItemDraft
        {
            KvedCode = "62",
            Texts = new() { ["uk"] = new ShowroomItemText { Name = "Тестова послуга" } },
        }, CancellationToken.None)).Value!;
        var project = (await sp.GetRequiredService<ProjectEditing>().CreateAsync(actor, new ProjectDraft
        {
            BusinessId = business.Id,
            Sector = "J",
            Texts = new() { ["uk"] = new ProjectText { Title = "Тестовий проєкт" } },
        }, CancellationToken.None)).Value!;
        var db = sp.GetRequiredService<CmsDbContext>();
        var inquiry = new Inquiry
        {
            Id = Guid.NewGuid(),
            BusinessId = business.Id,
            FromName = "Test sender",
            FromEmail = $"sender{seed}@example.org",
            Subject = "Test inquiry",
            Message = "Hello",
            ConsentText = "I agree",
            ConsentedAt = DateTimeOffset.UtcNow,
            SenderIpHash = "test",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Add(inquiry);
        await db.SaveChangesAsync();
        return new Seeded(business.Id, item.Id, project.Id, inquiry.Id);
    });

    public static Task<int> OutboxCountAsync(BackofficeTestBed bed) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<OutboxMail>().CountAsync());

    public sealed record Seeded(Guid BusinessId, Guid ItemId, Guid ProjectId, Guid InquiryId);
}
