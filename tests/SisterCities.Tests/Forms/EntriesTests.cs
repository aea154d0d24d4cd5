using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships;
using static SisterCities.Tests.Forms.FormsHarness;

namespace SisterCities.Tests.Forms;

public sealed class EntriesTests
{
    private static async Task SubmitHtmlAsync(FormsHarness h, Guid key, string name, (string, string, byte[])? file = null)
    {
        var client = h.Client();
        var hidden = await OpenAsync(client, key);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, key, hidden, ValidContact(name), file)).StatusCode);
    }

    private static Task<List<FormEntry>> EntriesAsync(FormsHarness h) =>
        h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().AsNoTracking().OrderBy(e => e.CreatedAt).ToListAsync());

    [Fact]
    public async Task Entries_api_refuses_anonymous_callers()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());

        var list = await h.Client().GetAsync($"/api/v1/forms/{form.Key}/entries");
        var csv = await h.Client().GetAsync($"/api/v1/forms/{form.Key}/entries.csv");

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, csv.StatusCode);
    }

    [Fact]
    public async Task Another_sites_editor_and_an_author_cannot_read_a_sites_entries()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        await SubmitHtmlAsync(h, form.Key, "Olena Kovalenko");
        var (kyivEditor, lvivAuthor) = await h.WithScopeAsync(async sp =>
        {
            var kyiv = (await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Kyiv()))[0];
            var accounts = sp.GetRequiredService<SisterCities.Cms.Accounts.AccountAdministration>();
            var (_, editor) = await accounts.CreateUserAsync("editor@kyiv.ua", "Kyiv editor", "correct-horse-battery-9", null, default);
            await accounts.GrantAsync(editor.Id, kyiv.Id, SisterCities.Cms.Accounts.SiteRole.Editor, null, default);
            var (_, author) = await accounts.CreateUserAsync("author@lviv.ua", "Lviv author", "correct-horse-battery-9", null, default);
            await accounts.GrantAsync(author.Id, h.SiteId, SisterCities.Cms.Accounts.SiteRole.Author, null, default);
            return (editor.Id, author.Id);
        });

        foreach (var user in new[] { kyivEditor, lvivAuthor })
        {
            var client = h.Client();
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/forms/{form.Key}/entries")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/forms/{form.Key}/entries.csv")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await h.Editor().GetAsync($"/api/v1/forms/{form.Key}/entries")).StatusCode);
    }

    [Fact]
    public async Task Forms_list_shows_an_editor_only_their_sites_forms_and_network_forms_only_to_network_admins()
    {
        await using var h = await StartAsync();
        var lvivForm = await h.CreateFormAsync(Schemas.Contact());
        var networkForm = await h.CreateFormAsync(Schemas.Contact(), networkWide: true);
        var (kyivEditor, admin) = await h.WithScopeAsync(async sp =>
        {
            var kyiv = (await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Kyiv()))[0];
            var accounts = sp.GetRequiredService<SisterCities.Cms.Accounts.AccountAdministration>();
            var (_, editor) = await accounts.CreateUserAsync("editor@kyiv.ua", "Kyiv editor", "correct-horse-battery-9", null, default);
            await accounts.GrantAsync(editor.Id, kyiv.Id, SisterCities.Cms.Accounts.SiteRole.Editor, null, default);
            await accounts.CreateNetworkAdminAsync("admin@network.ua", "correct-horse-battery-9", null, default);
            var networkAdmin = await sp.GetRequiredService<CmsDbContext>().Users.SingleAsync(u => u.Email == "admin@network.ua");
            return (editor.Id, networkAdmin.Id);
        });

        async Task<List<Guid>> KeysAsync(HttpClient client) =>
            [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/forms")).EnumerateArray().Select(f => f.GetProperty("key").GetGuid())];
        HttpClient As(string user)
        {
            var client = h.Client();
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user);
            return client;
        }

        Assert.Equal([lvivForm.Key], await KeysAsync(h.Editor()));
        Assert.Empty(await KeysAsync(As(kyivEditor)));
        Assert.Equal(new[] { lvivForm.Key, networkForm.Key }.Order(), (await KeysAsync(As(admin))).Order());
    }

    [Fact]
    public async Task Csv_export_has_bom_and_escapes_formula_injection()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        await SubmitHtmlAsync(h, form.Key, "=HYPERLINK(\"http://evil.example\",\"click\")");
        await SubmitHtmlAsync(h, form.Key, "Олена, \"Коваленко\"");

        var bytes = await h.Editor().GetByteArrayAsync($"/api/v1/forms/{form.Key}/entries.csv?culture=uk");

        Assert.Equal(CsvWriter.Bom, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", text);
        Assert.Contains("\"Олена, \"\"Коваленко\"\"\"", text);
        Assert.DoesNotContain(",\"=", text);
        Assert.Equal(3, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Entries_are_filtered_by_text_date_and_handled_state_and_can_be_marked_and_deleted()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        await SubmitHtmlAsync(h, form.Key, "Олена Коваленко");
        h.Clock.Advance(TimeSpan.FromDays(2));
        await SubmitHtmlAsync(h, form.Key, "Taras Shevchenko");
        var editor = h.Editor();
        var entries = await EntriesAsync(h);

        var byText = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/forms/{form.Key}/entries?q=олена");
        var byDate = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/forms/{form.Key}/entries?from={Uri.EscapeDataString(Start.AddDays(1).ToString("O"))}");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/form-entries/{entries[0].Id}/handled", null)).StatusCode);
        var unhandled = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/forms/{form.Key}/entries?handled=false");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/form-entries/{entries[1].Id}")).StatusCode);

        Assert.Equal(1, byText.GetProperty("total").GetInt32());
        Assert.Equal(entries[1].Id, byDate.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(entries[1].Id, Assert.Single(unhandled.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var left = Assert.Single(await EntriesAsync(h));
        Assert.Equal((entries[0].Id, true, "editor@lviv.ua"), (left.Id, left.Handled, left.HandledBy));
    }

    [Fact]
    public async Task Uploaded_file_is_served_only_to_signed_in_users()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        byte[] pdf = [.. Schemas.PdfHead, .. "1 0 obj"u8.ToArray()];
        await SubmitHtmlAsync(h, form.Key, "Olena", ("attachment", "../../etc/passwd.pdf", pdf));
        var entry = Assert.Single(await EntriesAsync(h));
        var detail = await h.Editor().GetFromJsonAsync<JsonElement>($"/api/v1/form-entries/{entry.Id}");
        var file = detail.GetProperty("files")[0];
        var url = $"/api/v1/form-entries/{entry.Id}/files/{file.GetProperty("id").GetGuid()}";

        var anonymous = await h.Client().GetAsync(url);
        var signedIn = await h.Editor().GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(pdf, await signedIn.Content.ReadAsByteArrayAsync());
        Assert.Equal("passwd.pdf", file.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", signedIn.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Retention_deletes_entries_and_files_older_than_the_forms_period()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact() with { RetentionDays = 30 });
        await SubmitHtmlAsync(h, form.Key, "Old", ("attachment", "old.png", [.. Schemas.PngHead, 9]));
        h.Clock.Advance(TimeSpan.FromDays(20));
        await SubmitHtmlAsync(h, form.Key, "Recent");
        h.Clock.Advance(TimeSpan.FromDays(11));

        var deleted = await h.WithScopeAsync(sp => sp.GetRequiredService<EntryRetention>().DeleteExpiredAsync(default));

        Assert.Equal(1, deleted);
        Assert.Contains("Recent", Assert.Single(await EntriesAsync(h)).Values);
        Assert.Empty(await h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntryFile>().ToListAsync()));
        Assert.Empty(Directory.GetFiles(Path.Combine(h.DataPath, "form-files"), "*.png"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Entries_versions_and_outbox_are_stored_alike_on_each_database(DatabaseProvider provider)
    {
        await using var h = await StartAsync(provider);
        var form = await h.CreateFormAsync(Schemas.Contact("https://hooks.lviv.ua/forms") with { RetentionDays = 10 });
        await SubmitHtmlAsync(h, form.Key, "Олена Коваленко");
        await h.WithScopeAsync(sp => sp.GetRequiredService<FormDefinitionWriter>().SaveVersionAsync(form.Key, Schemas.Contact("https://hooks.lviv.ua/forms") with { RetentionDays = 10 }, default));
        await SubmitHtmlAsync(h, form.Key, "Taras");
        await h.RunWorkflowsAsync();

        var page = await h.Editor().GetFromJsonAsync<JsonElement>($"/api/v1/forms/{form.Key}/entries?q=олена");
        h.Clock.Advance(TimeSpan.FromDays(11));
        var deleted = await h.WithScopeAsync(sp => sp.GetRequiredService<EntryRetention>().DeleteExpiredAsync(default));

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("items")[0].GetProperty("formVersion").GetInt32());
        Assert.Equal(2, h.Webhook.Received.Count);
        Assert.Equal(2, deleted);
        Assert.Empty(await EntriesAsync(h));
    }

    [Fact]
    public async Task Seeding_forms_twice_adds_them_once()
    {
        await using var h = await StartAsync();

        var first = await h.WithScopeAsync(sp => sp.GetRequiredService<FormSeeder>().EnsureAsync(default));
        var second = await h.WithScopeAsync(sp => sp.GetRequiredService<FormSeeder>().EnsureAsync(default));
        var partnership = await h.Client().GetFromJsonAsync<JsonElement>($"/umbraco/forms/delivery/api/v1/definitions/{FormSeeder.ProposePartnership}?culture=uk");

        Assert.Equal((3, 0), (first, second));
        var areas = partnership.GetProperty("pages")[1].GetProperty("fieldsets")[0].GetProperty("columns")[0].GetProperty("fields")[0];
        Assert.Equal("Освіта", areas.GetProperty("preValues").EnumerateArray().Single(p => p.GetProperty("value").GetString() == "education").GetProperty("caption").GetString());
    }
}
