using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>
/// Turns an entry into a draft content item for an editor (a partnership proposal becomes a draft page).
/// Runs inside the runner's transaction together with the job's completion, so the draft is made exactly once.
/// </summary>
public sealed class DraftContentWorkflow(CmsDbContext db, ContentWriter writer, SiteDirectory sites) : IFormWorkflow
{
    public WorkflowKind Kind => WorkflowKind.DraftContent;

    public bool WritesOnlyToDatabase => true;

    public async Task<WorkflowResult> RunAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (context.Schema.DraftContent is not { } target)
        {
            return WorkflowResult.Done("The form version has no draft content target.");
        }

        var site = target.SiteKey is not null
            ? await sites.FindByKeyAsync(target.SiteKey, cancellationToken)
            : context.Entry.SiteId is { } id ? await sites.FindByIdAsync(id, cancellationToken) : null;
        if (site is null)
        {
            return WorkflowResult.GiveUp("The entry came from no site and the target names none: nowhere to put the draft.");
        }

        var type = await db.Set<ContentType>().AsNoTracking().SingleOrDefaultAsync(t => t.Alias == target.ContentTypeAlias, cancellationToken);
        if (type is null)
        {
            return WorkflowResult.GiveUp($"No content type has the alias '{target.ContentTypeAlias}'.");
        }

        var parents = db.Set<ContentItem>().AsNoTracking().Where(i => i.SiteId == site.Id);
        var parent = target.ParentKey is { } parentKey
            ? await parents.SingleOrDefaultAsync(i => i.Key == parentKey, cancellationToken)
            : await parents.Where(i => i.ParentId == null).OrderBy(i => i.SortOrder).FirstOrDefaultAsync(cancellationToken);
        if (parent is null)
        {
            return WorkflowResult.GiveUp($"Site '{site.Key}' has no parent item for the draft.");
        }

        var culture = site.HasCulture(context.Entry.Culture) ? context.Entry.Culture : site.DefaultCulture;
        var name = context.Values.TryGetValue(target.NameField, out var named) && named.Count > 0
            ? $"{context.Form.Name}: {named[0]}"
            : $"{context.Form.Name} {context.Entry.CreatedAt:yyyy-MM-dd HH:mm}";
        if (name.Length > 200)
        {
            name = name[..200];
        }

        var values = new JsonObject();
        foreach (var (alias, property) in target.FieldMap)
        {
            if (context.Values.TryGetValue(alias, out var value) && type.Property(property) is not null)
            {
                values[property] = string.Join(", ", value);
            }
        }

        if (type.Property("body") is not null && !values.ContainsKey("body"))
        {
            values["body"] = AnswersAsHtml(context, culture);
        }

        var item = await writer.CreateAsync(
            site.Id, parent.Id, type, new Dictionary<string, ContentDraft> { [culture] = new(name, null, values) },
            new ContentAuthor(null, "Forms"), cancellationToken);
        return WorkflowResult.Done($"Draft {type.Alias} '{name}' ({item.Key}) created in site '{site.Key}'.");
    }

    private static string AnswersAsHtml(WorkflowContext context, string culture)
    {
        var html = new StringBuilder("<dl>");
        foreach (var (label, value) in EntryText.Lines(context.Schema, context.Values, culture))
        {
            html.Append("<dt>").Append(WebUtility.HtmlEncode(label)).Append("</dt><dd>").Append(WebUtility.HtmlEncode(value)).Append("</dd>");
        }

        return html.Append("</dl>").ToString();
    }
}
