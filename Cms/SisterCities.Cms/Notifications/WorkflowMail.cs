using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Notifications;

/// <summary>
/// The messages of the review workflow: to the site's editors when something is submitted, to the author when
/// it is approved or rejected. Plain text, Ukrainian first then English, with a link into the backoffice.
/// </summary>
public sealed class WorkflowMail(CmsDbContext db, MailOutbox outbox)
{
    public async Task SubmittedAsync(Editor author, ContentItem item, ContentVariant variant, CancellationToken cancellationToken)
    {
        var site = await db.Set<Site>().AsNoTracking().SingleAsync(s => s.Id == item.SiteId, cancellationToken);
        var editors = await (
            from m in db.Set<SiteMembership>()
            join u in db.Users on m.UserId equals u.Id
            where m.SiteId == item.SiteId && m.Role >= SiteRole.Editor && u.Email != null && u.Id != author.Id
            select u.Email).ToListAsync(cancellationToken);
        foreach (var email in editors.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            outbox.Enqueue(
                email!,
                $"[{site.NameUk}] На розгляд / For review: {variant.Name}",
                $"""
                {author.Name} подає на розгляд «{variant.Name}» ({variant.Culture}), сайт {site.NameUk}.
                {author.Name} submitted "{variant.Name}" ({variant.Culture}) on {site.NameEn} for review.

                {EditPath(item, variant)}
                """);
        }
    }

    public async Task ReviewedAsync(Editor reviewer, ContentItem item, ContentVariant variant, bool approved, string? comment, CancellationToken cancellationToken)
    {
        var authorId = await db.Set<ContentVersion>().Where(v => v.Id == variant.DraftVersionId).Select(v => v.AuthorId).SingleOrDefaultAsync(cancellationToken);
        var email = authorId is null || authorId == reviewer.Id
            ? null
            : await db.Users.Where(u => u.Id == authorId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (email is null)
        {
            return;
        }

        var (uk, en) = approved ? ("схвалено й опубліковано", "approved and published") : ("повернуто на доопрацювання", "returned for changes");
        outbox.Enqueue(
            email,
            $"{(approved ? "Опубліковано / Published" : "Повернуто / Returned")}: {variant.Name}",
            $"""
            «{variant.Name}» ({variant.Culture}) {uk} ({reviewer.Name}).
            "{variant.Name}" ({variant.Culture}) was {en} by {reviewer.Name}.
            {(string.IsNullOrWhiteSpace(comment) ? "" : "\nКоментар / Comment:\n" + comment + "\n")}
            {EditPath(item, variant)}
            """);
    }

    private static string EditPath(ContentItem item, ContentVariant variant) => $"/backoffice/content/{item.Key}?culture={variant.Culture}";
}
