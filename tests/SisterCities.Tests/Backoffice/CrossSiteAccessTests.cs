using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Tests.Backoffice;

/// <summary>Deny by default, and nobody of Lviv reaches anything of Kyiv, on every route.</summary>
public sealed class CrossSiteAccessTests
{
    [Fact]
    public async Task Every_backoffice_route_except_sign_in_setup_and_assets_requires_a_signed_in_user()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var endpoints = bed.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("backoffice", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
        Assert.True(endpoints.Count > 25, $"only {endpoints.Count} backoffice endpoints found");

        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!).Distinct().Order().ToList();
        Assert.Equal(["backoffice/assets/backoffice.css", "backoffice/reset-password", "backoffice/setup", "backoffice/sign-in", "backoffice/sign-in/two-factor"], anonymous);

        var client = bed.Anonymous();
        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null))
        {
            var path = "/" + System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!, @"\{\w+:guid\}", Guid.NewGuid().ToString())
                .Replace("{siteKey}", "lviv").Replace("{id:int}", "1")
                .Replace("{userId}", "x").Replace("{token}", "t");
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new FormUrlEncodedContent([]) : null });
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == AccountServices.SignInPath,
                    $"{method} {path} answered {(int)response.StatusCode} to an anonymous user");
            }
        }
    }

    [Fact]
    public async Task Lviv_editor_cannot_list_open_preview_or_change_anything_of_Kyiv()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var kyivItem = await bed.CreateNewsAsync(bed.KyivId, "Київська новина");
        var lvivItem = await bed.CreateNewsAsync(bed.LvivId, "Львівська новина");
        var (kyivParent, versionId, scheduleId) = await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var parent = await db.Set<ContentItem>().Where(i => i.SiteId == bed.KyivId && i.ParentId == null).Select(i => i.Key).SingleAsync();
            var version = await db.Set<ContentVariant>().Where(v => v.ItemKey == kyivItem && v.Culture == "uk").Select(v => v.DraftVersionId!.Value).SingleAsync();
            var kyivEditor = await bed.EditorAsync(await db.Users.Where(u => u.Email == "editor@kyiv.example").Select(u => u.Id).SingleAsync());
            await sp.GetRequiredService<PublishingSchedule>().ScheduleAsync(kyivEditor, kyivItem, "uk", ScheduledAction.Publish, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
            var schedule = await db.Set<ScheduledAction>().Select(s => s.Id).SingleAsync();
            return (parent, version, schedule);
        });
        var kyivEditorClient = await bed.SignInAsync("editor@kyiv.example");
        var previewHtml = await (await kyivEditorClient.PostAsync($"/backoffice/content/{kyivItem}/preview-link", ("culture", "uk"))).Content.ReadAsStringAsync();
        var previewPath = System.Text.RegularExpressions.Regex.Match(previewHtml, "href=\"(/backoffice/preview/[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(previewPath);
        var revision = (await bed.VariantAsync(kyivItem)).Revision;

        var lviv = await bed.SignInAsync("admin@lviv.example");
        Assert.DoesNotContain("/backoffice/sites/kyiv", await lviv.Http.GetStringAsync("/backoffice"));
        var gets = new[]
        {
            "/backoffice/sites/kyiv", "/backoffice/sites/kyiv/audit", "/backoffice/sites/kyiv/members", "/backoffice/audit",
            $"/backoffice/content/{kyivItem}?culture=uk", $"/backoffice/content/{kyivItem}/history?culture=uk", System.Net.WebUtility.HtmlDecode(previewPath),
        };
        foreach (var path in gets)
        {
            var response = await lviv.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {path} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("Київська новина", await response.Content.ReadAsStringAsync());
        }

        var rev = revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var posts = new (string Path, (string, string)[] Fields)[]
        {
            ($"/backoffice/content/{kyivItem}/save", [("culture", "uk"), ("revision", rev), ("name", "Захоплено"), ("v.summary", "x"), ("v.body", "<p>x</p>")]),
            ($"/backoffice/content/{kyivItem}/submit", [("culture", "uk"), ("revision", rev)]),
            ($"/backoffice/content/{kyivItem}/approve", [("culture", "uk"), ("revision", rev)]),
            ($"/backoffice/content/{kyivItem}/reject", [("culture", "uk"), ("revision", rev), ("comment", "ні")]),
            ($"/backoffice/content/{kyivItem}/publish", [("culture", "uk"), ("revision", rev)]),
            ($"/backoffice/content/{kyivItem}/unpublish", [("culture", "uk"), ("revision", rev)]),
            ($"/backoffice/content/{kyivItem}/trash", []),
            ($"/backoffice/content/{kyivItem}/restore", []),
            ($"/backoffice/content/{kyivItem}/move", [("parent", kyivParent.ToString())]),
            ($"/backoffice/content/{lvivItem}/move", [("parent", kyivParent.ToString())]),
            ($"/backoffice/content/{kyivItem}/sort", [("direction", "up")]),
            ($"/backoffice/content/{kyivItem}/schedule", [("culture", "uk"), ("action", "publish"), ("due", "2030-01-01T10:00")]),
            ($"/backoffice/schedule/{scheduleId}/cancel", []),
            ($"/backoffice/content/{kyivItem}/rollback", [("culture", "uk"), ("version", versionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("revision", rev)]),
            ($"/backoffice/content/{kyivItem}/preview-link", [("culture", "uk")]),
            ($"/backoffice/content/{kyivItem}/translate", [("culture", "de"), ("name", "Übernahme")]),
            ("/backoffice/sites/kyiv/content", [("type", "newsArticle"), ("parent", kyivParent.ToString()), ("name.uk", "Чужа новина")]),
            ("/backoffice/sites/kyiv/members", [("email", "spy@lviv.example"), ("role", "SiteAdmin")]),
            ("/backoffice/alerts", [("severity", "Critical"), ("messageUk", "Фальшива тривога"), ("expires", "2030-01-01T10:00"), ("siteIds", bed.KyivId.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            ("/backoffice/alerts", [("severity", "Critical"), ("messageUk", "Фальшива тривога"), ("expires", "2030-01-01T10:00"), ("allSites", "true")]),
        };
        foreach (var (path, fields) in posts)
        {
            var response = await lviv.PostAsync(path, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {path} answered {(int)response.StatusCode}");
        }

        var after = await bed.VariantAsync(kyivItem);
        Assert.Equal(revision, after.Revision);
        Assert.Equal(ContentState.Draft, after.State);
        Assert.Equal("Київська новина", after.Name);
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.Equal(0, await db.Set<Cms.Alerts.EmergencyAlert>().CountAsync());
            Assert.False(await db.Set<ContentVariant>().AnyAsync(v => v.Name == "Чужа новина"));
            Assert.Null(await db.Set<ScheduledAction>().Where(s => s.Id == scheduleId).Select(s => s.CancelledAt).SingleAsync());
            Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.SiteId == bed.KyivId && a.ActorName.Contains("admin")));
        });
    }
}
