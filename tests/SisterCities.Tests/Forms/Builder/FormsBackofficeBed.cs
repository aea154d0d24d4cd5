using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Submissions;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Forms.Builder;

/// <summary>Data the builder, entries and placement tests share: forms, entries with a file, published pages placing a form.</summary>
internal static class FormsBackofficeBed
{
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Forms:RunBackgroundJobs"] = "false",
        ["Forms:MinimumFillSeconds"] = "0",
    };

    public static Task<FormDefinition> CreateFormAsync(BackofficeTestBed bed, int? siteId, FormSchema schema, string name = "Звернення до міської ради") =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<FormDefinitionWriter>().CreateAsync(Guid.NewGuid(), siteId, name, schema, default));

    /// <summary>An entry of version 1 with an uploaded PNG under the field <c>attachment</c>.</summary>
    public static Task<(Guid Entry, Guid File)> AddEntryAsync(BackofficeTestBed bed, FormDefinition form, string name, DateTimeOffset at) =>
        bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var store = sp.GetRequiredService<IFormFileStore>();
            var storageKey = await store.SaveAsync(new MemoryStream(Schemas.PngHead), ".png", default);
            var entry = new FormEntry
            {
                Id = Guid.NewGuid(),
                FormId = form.Id,
                FormVersion = 1,
                SiteId = form.SiteId,
                Culture = "uk",
                CreatedAt = at,
                Values = EntryValues.Serialize(new Dictionary<string, IReadOnlyList<string>> { ["name"] = [name] }),
                SearchText = name.ToLowerInvariant(),
            };
            var file = new FormEntryFile { Id = Guid.NewGuid(), EntryId = entry.Id, FieldAlias = "attachment", FileName = "scan.png", ContentType = "image/png", Length = Schemas.PngHead.Length, StorageKey = storageKey };
            entry.Files.Add(file);
            db.Add(entry);
            await db.SaveChangesAsync();
            return (entry.Id, file.Id);
        });

    /// <summary>Home and a published page of <paramref name="siteId"/> that places the form; returns the page's key and its path.</summary>
    public static Task<(Guid Key, string UrlPath)> PublishPageWithFormAsync(BackofficeTestBed bed, int siteId, Guid formKey, string type = ContentTypeAliases.Page) =>
        bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var writer = sp.GetRequiredService<ContentWriter>();
            var types = await db.Set<ContentType>().ToDictionaryAsync(t => t.Alias);
            var home = await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.SiteId == siteId && i.ParentId == null);
            if (home is null)
            {
                home = await writer.CreateAsync(siteId, null, types[ContentTypeAliases.Home], new Dictionary<string, ContentDraft> { ["uk"] = new("Головна", null, []) }, ContentAuthor.System, default);
                await writer.PublishAsync(home.Key, "uk", ContentAuthor.System, default);
            }

            var values = new JsonObject { ["summary"] = "Напишіть нам.", ["body"] = "<p>Відповідаємо протягом 15 днів.</p>", ["form"] = formKey.ToString() };
            var page = await writer.CreateAsync(siteId, home.Id, types[type], new Dictionary<string, ContentDraft> { ["uk"] = new("Зворотний зв’язок", "zvorotnyi-zviazok", values) }, ContentAuthor.System, default);
            await writer.PublishAsync(page.Key, "uk", ContentAuthor.System, default);
            var path = await db.Set<ContentVariant>().Where(v => v.ItemKey == page.Key && v.Culture == "uk").Select(v => v.UrlPath).SingleAsync();
            return (page.Key, path);
        });

    public static async Task<string> ReadOkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 3000)]}");
        return body;
    }
}
