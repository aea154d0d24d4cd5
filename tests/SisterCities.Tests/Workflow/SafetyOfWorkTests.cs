using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Workflow;

public sealed class SafetyOfWorkTests
{
    [Fact]
    public async Task Second_editor_saving_a_stale_version_gets_409_with_their_text_kept_and_the_other_change_shown()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("olena@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("taras@lviv.example", bed.LvivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Графік вивезення сміття");
        var olena = await bed.SignInAsync("olena@lviv.example");
        var taras = await bed.SignInAsync("taras@lviv.example");
        var opened = await bed.VariantAsync(key);

        // Olena opens the item first; Taras then sees that she is editing.
        await olena.GetAsync($"/backoffice/content/{key}?culture=uk");
        Assert.Contains("olena is editing this item", await taras.Http.GetStringAsync($"/backoffice/content/{key}?culture=uk"));

        var first = await olena.PostAsync($"/backoffice/content/{key}/save", ("culture", "uk"), ("revision", opened.Revision.ToString()), ("baseVersion", opened.DraftVersionId.ToString()!),
            ("name", "Графік вивезення сміття"), ("v.summary", "Вівторок і п'ятниця."), ("v.body", "<p>Новий графік з понеділка.</p>"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await taras.PostAsync($"/backoffice/content/{key}/save", ("culture", "uk"), ("revision", opened.Revision.ToString()), ("baseVersion", opened.DraftVersionId.ToString()!),
            ("name", "Графік вивезення сміття"), ("v.summary", "Щосереди."), ("v.body", "<p>Текст Тараса, який не можна загубити.</p>"));
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Текст Тараса, який не можна загубити.", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("<ins>&lt;p&gt;Новий графік з понеділка.&lt;/p&gt;</ins>", html);
        Assert.Contains($"name=\"revision\" value=\"{opened.Revision + 1}\"", html);

        var stored = await bed.VariantAsync(key);
        Assert.Equal(opened.Revision + 1, stored.Revision);
        var body = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentVersion>().Where(v => v.Id == stored.DraftVersionId).Select(v => v.Values).SingleAsync());
        Assert.Contains("Новий графік з понеділка.", JsonNode.Parse(body)!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rollback_writes_the_old_version_as_a_new_one_and_keeps_history_intact()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var userId = await bed.CreateUserAsync("author@kyiv.example", bed.KyivId, SiteRole.Author);
        var key = await bed.CreateNewsAsync(bed.KyivId, "Перша назва", "<p>Перший текст.</p>");
        var user = await bed.EditorAsync(userId);
        var first = await bed.VariantAsync(key);
        await bed.WithScopeAsync(async sp =>
        {
            var workflow = sp.GetRequiredService<ContentWorkflow>();
            var draft = new ContentDraft("Друга назва", null, new JsonObject { ["summary"] = "Друге.", ["body"] = "<p>Другий текст.</p>" });
            Assert.True((await workflow.SaveDraftAsync(user, key, "uk", draft, first.Revision, CancellationToken.None)).Succeeded);
            Assert.True((await workflow.RollbackAsync(user, key, "uk", first.DraftVersionId!.Value, first.Revision + 1, CancellationToken.None)).Succeeded);
        });

        var client = await bed.SignInAsync("author@kyiv.example");
        var versions = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ItemId == first.ItemId && v.Culture == "uk").OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal("Перша назва", versions[2].Name);
        Assert.Equal(versions[0].Values, versions[2].Values);
        Assert.Equal("Rollback to version 1", versions[2].Comment);
        Assert.Equal("Перша назва", (await bed.VariantAsync(key)).Name);

        var history = await client.Http.GetStringAsync($"/backoffice/content/{key}/history?culture=uk&from={versions[1].Id}&to={versions[2].Id}");
        Assert.Contains("<ins>&lt;p&gt;Перший </ins><del>&lt;p&gt;Другий </del><span>текст.&lt;/p&gt;</span>", history);
        Assert.Contains("author", history);
    }

    [Fact]
    public async Task Trash_takes_the_subtree_offline_restore_brings_it_back_as_draft_and_move_rewrites_urls()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var userId = await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var article = await bed.CreateNewsAsync(bed.LvivId, "Стаття для переміщення");
        var user = await bed.EditorAsync(userId);
        var (newsKey, homeKey) = await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            return (await db.Set<ContentItem>().Where(i => i.ContentTypeAlias == ContentTypeAliases.NewsList && i.SiteId == bed.LvivId).Select(i => i.Key).SingleAsync(),
                await db.Set<ContentItem>().Where(i => i.ParentId == null && i.SiteId == bed.LvivId).Select(i => i.Key).SingleAsync());
        });
        await bed.WithScopeAsync(async sp =>
        {
            var workflow = sp.GetRequiredService<ContentWorkflow>();
            Assert.True((await workflow.PublishAsync(user, article, "uk", 0, CancellationToken.None)).Succeeded);
            var tree = sp.GetRequiredService<ContentTreeWorkflow>();
            Assert.True((await tree.TrashAsync(user, newsKey, CancellationToken.None)).Succeeded);
        });

        var trashed = await bed.VariantAsync(article);
        Assert.Equal(ContentState.Trashed, trashed.State);
        Assert.Null(trashed.PublishedVersionId);

        await bed.WithScopeAsync(async sp =>
        {
            var tree = sp.GetRequiredService<ContentTreeWorkflow>();
            Assert.Equal(WorkflowStatus.Invalid, (await tree.RestoreAsync(user, article, CancellationToken.None)).Status);
            Assert.True((await tree.RestoreAsync(user, newsKey, CancellationToken.None)).Succeeded);
            Assert.Equal(WorkflowStatus.Invalid, (await tree.MoveAsync(user, newsKey, article, CancellationToken.None)).Status);
        });
        Assert.Equal(ContentState.Draft, (await bed.VariantAsync(article)).State);

        // A page under home may hold a page; make one and move the news list under it.
        var pageKey = await bed.WithScopeAsync(async sp =>
        {
            var (outcome, key) = await sp.GetRequiredService<ContentTreeWorkflow>().CreateAsync(user, bed.LvivId, homeKey, ContentTypeAliases.Page,
                new Dictionary<string, ContentDraft> { ["uk"] = new("Місто", null, []) }, CancellationToken.None);
            Assert.True(outcome.Succeeded);
            return key!.Value;
        });
        var before = (await bed.VariantAsync(article)).UrlPath;
        var moved = await bed.WithScopeAsync(sp => sp.GetRequiredService<ContentTreeWorkflow>().MoveAsync(user, newsKey, pageKey, CancellationToken.None));
        Assert.Equal(WorkflowStatus.Invalid, moved.Status); // a page does not allow a news list below it
        Assert.Equal(before, (await bed.VariantAsync(article)).UrlPath);
    }

    [Fact]
    public async Task Move_up_reorders_siblings_through_the_backoffice()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var first = await bed.CreateNewsAsync(bed.KyivId, "Перша");
        var second = await bed.CreateNewsAsync(bed.KyivId, "Друга");
        var client = await bed.SignInAsync("editor@kyiv.example");

        var moved = await client.PostAsync($"/backoffice/content/{second}/sort", ("direction", "up"), ("culture", "uk"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var order = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentItem>()
            .Where(i => i.Key == first || i.Key == second).OrderBy(i => i.SortOrder).Select(i => i.Key).ToListAsync());
        Assert.Equal([second, first], order);
        Assert.True(await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AnyAsync(a => a.Action == AuditActions.Sorted)));
    }

    [Fact]
    public async Task The_edit_lock_names_the_other_editor_and_expires_on_its_own()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock);
        await bed.CreateUserAsync("olena@kyiv.example", bed.KyivId, SiteRole.Editor);
        await bed.CreateUserAsync("taras@kyiv.example", bed.KyivId, SiteRole.Author);
        var key = await bed.CreateNewsAsync(bed.KyivId, "Ремонт дороги");
        var olena = await bed.SignInAsync("olena@kyiv.example");
        var taras = await bed.SignInAsync("taras@kyiv.example");

        await olena.GetAsync($"/backoffice/content/{key}?culture=uk");
        Assert.Contains("olena is editing this item", await taras.Http.GetStringAsync($"/backoffice/content/{key}?culture=uk"));
        Assert.DoesNotContain("is editing this item", await olena.Http.GetStringAsync($"/backoffice/content/{key}?culture=uk"));

        clock.Advance(EditLocks.Lifetime + TimeSpan.FromMinutes(1));
        Assert.DoesNotContain("is editing this item", await taras.Http.GetStringAsync($"/backoffice/content/{key}?culture=uk"));
        Assert.Contains("taras is editing this item", await olena.Http.GetStringAsync($"/backoffice/content/{key}?culture=uk"));
    }
}

