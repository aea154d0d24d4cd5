using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Workflow;

public sealed class ReviewWorkflowTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Author_drafts_and_submits_editor_approves_and_each_step_is_audited_announced_and_mailed(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Ремонт мосту");
        var author = await bed.SignInAsync("author@lviv.example");
        var editor = await bed.SignInAsync("editor@lviv.example");
        var rev = (await bed.VariantAsync(key)).Revision;

        var saved = await author.PostAsync($"/backoffice/content/{key}/save",
            ("culture", "uk"), ("revision", rev.ToString()), ("name", "Ремонт мосту на Городоцькій"), ("v.summary", "Міст відкриють у травні."), ("v.body", "<p>Роботи тривають.</p>"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var submitted = await author.PostAsync($"/backoffice/content/{key}/submit", ("culture", "uk"), ("revision", (rev + 1).ToString()));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ContentState.InReview, (await bed.VariantAsync(key)).State);

        // An author may not approve, not even their own submission.
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync($"/backoffice/content/{key}/approve", ("culture", "uk"), ("revision", (rev + 2).ToString()))).StatusCode);

        var approved = await editor.PostAsync($"/backoffice/content/{key}/approve", ("culture", "uk"), ("revision", (rev + 2).ToString()));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var variant = await bed.VariantAsync(key);
        Assert.Equal(ContentState.Published, variant.State);
        Assert.Equal(variant.DraftVersionId, variant.PublishedVersionId);
        Assert.Equal("Ремонт мосту на Городоцькій", variant.Name);
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var actions = await db.Set<AuditEntry>().Where(a => a.Subject == key.ToString()).OrderBy(a => a.Id).Select(a => a.Action + ":" + a.ActorName).ToListAsync();
            Assert.Equal(["saved:author", "submitted:author", "approved:editor"], actions);
            Assert.True(await db.ChangeFeed.AnyAsync(f => f.EntityId == key.ToString() && f.Change == FeedChanges.Published && f.SiteId == bed.LvivId));
            var mail = await db.Set<OutboxMail>().OrderBy(m => m.Id).Select(m => m.To).ToListAsync();
            Assert.Equal(["editor@lviv.example", "author@lviv.example"], mail);
        });
    }

    [Fact]
    public async Task Reject_needs_a_comment_returns_the_item_to_draft_and_tells_the_author_why()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var authorId = await bed.CreateUserAsync("author@kyiv.example", bed.KyivId, SiteRole.Author);
        var editorId = await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.KyivId, "Нові маршрути тролейбусів");
        var author = await bed.EditorAsync(authorId);
        var editor = await bed.EditorAsync(editorId);
        await bed.WithScopeAsync(async sp =>
        {
            var workflow = sp.GetRequiredService<ContentWorkflow>();
            var rev = (await bed.VariantAsync(key)).Revision;
            var draft = new ContentDraft("Нові маршрути тролейбусів", null, new() { ["summary"] = "З 1 червня.", ["body"] = "<p>Деталі.</p>" });
            Assert.True((await workflow.SaveDraftAsync(author, key, "uk", draft, rev, CancellationToken.None)).Succeeded);
            Assert.True((await workflow.SubmitAsync(author, key, "uk", rev + 1, CancellationToken.None)).Succeeded);

            var withoutComment = await workflow.RejectAsync(editor, key, "uk", rev + 2, "  ", CancellationToken.None);
            Assert.Equal(WorkflowStatus.Invalid, withoutComment.Status);
            Assert.Equal(ContentState.InReview, (await bed.VariantAsync(key)).State);

            var rejected = await workflow.RejectAsync(editor, key, "uk", rev + 2, "Додайте карту маршрутів.", CancellationToken.None);
            Assert.True(rejected.Succeeded);
        });

        Assert.Equal(ContentState.Draft, (await bed.VariantAsync(key)).State);
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var mail = await db.Set<OutboxMail>().Where(m => m.To == "author@kyiv.example").SingleAsync();
            Assert.Contains("Додайте карту маршрутів.", mail.Body);
            var audit = await db.Set<AuditEntry>().Where(a => a.Action == AuditActions.Rejected).SingleAsync();
            Assert.Equal("Додайте карту маршрутів.", audit.Detail);
            Assert.Equal(bed.KyivId, audit.SiteId);
        });
    }

    [Theory]
    [InlineData(SiteRole.Author, "publish", WorkflowStatus.Forbidden)]
    [InlineData(SiteRole.Author, "unpublish", WorkflowStatus.Forbidden)]
    [InlineData(SiteRole.Author, "trash", WorkflowStatus.Forbidden)]
    [InlineData(SiteRole.Author, "reject", WorkflowStatus.Forbidden)]
    [InlineData(SiteRole.Editor, "approve", WorkflowStatus.Invalid)]
    [InlineData(SiteRole.Editor, "unpublish", WorkflowStatus.Invalid)]
    [InlineData(SiteRole.Editor, "publish", WorkflowStatus.Done)]
    [InlineData(SiteRole.Editor, "submit", WorkflowStatus.Done)]
    [InlineData(SiteRole.Editor, "trash", WorkflowStatus.Done)]
    public async Task Each_transition_checks_role_and_state(SiteRole role, string step, WorkflowStatus expected)
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var userId = await bed.CreateUserAsync("someone@lviv.example", bed.LvivId, role);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Оголошення про прийом громадян");
        var user = await bed.EditorAsync(userId);
        var rev = (await bed.VariantAsync(key)).Revision;
        var outcome = await bed.WithScopeAsync(sp =>
        {
            var workflow = sp.GetRequiredService<ContentWorkflow>();
            var tree = sp.GetRequiredService<ContentTreeWorkflow>();
            return step switch
            {
                "publish" => workflow.PublishAsync(user, key, "uk", rev, CancellationToken.None),
                "unpublish" => workflow.UnpublishAsync(user, key, "uk", rev, CancellationToken.None),
                "approve" => workflow.ApproveAsync(user, key, "uk", rev, CancellationToken.None),
                "reject" => workflow.RejectAsync(user, key, "uk", rev, "ні", CancellationToken.None),
                "submit" => workflow.SubmitAsync(user, key, "uk", rev, CancellationToken.None),
                "trash" => tree.TrashAsync(user, key, CancellationToken.None),
                _ => throw new ArgumentOutOfRangeException(nameof(step)),
            };
        });

        Assert.Equal(expected, outcome.Status);
        var audited = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().CountAsync(a => a.Subject == key.ToString()));
        Assert.Equal(expected == WorkflowStatus.Done ? 1 : 0, audited);
    }

    [Fact]
    public async Task A_transition_based_on_an_old_revision_is_a_conflict_and_changes_nothing()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var userId = await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Фестиваль кави");
        var user = await bed.EditorAsync(userId);
        var rev = (await bed.VariantAsync(key)).Revision;
        var outcome = await bed.WithScopeAsync(sp => sp.GetRequiredService<ContentWorkflow>().PublishAsync(user, key, "uk", rev - 1, CancellationToken.None));
        Assert.Equal(WorkflowStatus.Conflict, outcome.Status);
        Assert.Null((await bed.VariantAsync(key)).PublishedVersionId);
    }

    [Fact]
    public async Task An_item_created_with_only_a_name_can_be_saved_but_not_submitted_until_required_fields_are_filled()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        await bed.CreateNewsAsync(bed.LvivId, "Існуюча новина"); // makes the home page and the news list
        var newsList = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentItem>()
            .Where(i => i.SiteId == bed.LvivId && i.ContentTypeAlias == ContentTypeAliases.NewsList).Select(i => i.Key).SingleAsync());
        var client = await bed.SignInAsync("author@lviv.example");

        var created = await client.PostAsync("/backoffice/sites/lviv/content", ("parent", newsList.ToString()), ("type", ContentTypeAliases.NewsArticle), ("name.uk", "Ярмарок на площі Ринок"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[3].Split('?')[0]);
        var variant = await bed.VariantAsync(key);
        Assert.Equal("/novyny/yarmarok-na-ploshchi-rynok", variant.UrlPath);

        var early = await client.PostAsync($"/backoffice/content/{key}/submit", ("culture", "uk"), ("revision", variant.Revision.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Summary is required.", await early.Content.ReadAsStringAsync());

        await client.PostAsync($"/backoffice/content/{key}/save", ("culture", "uk"), ("revision", variant.Revision.ToString()), ("name", "Ярмарок на площі Ринок"),
            ("v.summary", "З 1 по 7 грудня."), ("v.body", "<p>Місцеві виробники.</p>"), ("v.isDemo", "false"));
        var submitted = await client.PostAsync($"/backoffice/content/{key}/submit", ("culture", "uk"), ("revision", (variant.Revision + 1).ToString()));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var translated = await client.PostAsync($"/backoffice/content/{key}/translate", ("culture", "en"), ("name", "Fair on Rynok Square"));
        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);
        Assert.Equal("/news/fair-on-rynok-square", (await bed.VariantAsync(key, "en")).UrlPath);
    }
}
