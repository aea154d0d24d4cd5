using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Forms.Builder.FormsBackofficeBed;

namespace SisterCities.Tests.Forms.Builder;

/// <summary>The entries screens: filters, one entry with its version's labels and files, handled, delete; and who may see them.</summary>
public sealed class FormEntriesUiTests
{
    private static FormSchema Version1() => Schemas.OnePage(
        Schemas.Field("name", FieldType.ShortText) with { Label = new("Ім’я (версія 1)", "Name (version 1)") },
        Schemas.Field("attachment", FieldType.FileUpload) with { Label = new("Скан", "Scan") });

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Entries_are_filtered_shown_with_their_versions_labels_marked_handled_and_deleted(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings, provider: provider);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var form = await CreateFormAsync(bed, bed.LvivId, Version1());
        var (old, file) = await AddEntryAsync(bed, form, "Олена", new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var (recent, _) = await AddEntryAsync(bed, form, "Тарас", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        await bed.WithScopeAsync(sp => sp.GetRequiredService<FormDefinitionWriter>().SaveVersionAsync(form.Key,
            Schemas.OnePage(Schemas.Field("name", FieldType.ShortText) with { Label = new("Ім’я (версія 2)", "Name (version 2)") }), default));
        var client = await bed.SignInAsync("editor@lviv.example");

        var march = await ReadOkAsync(await client.GetAsync($"/backoffice/forms/{form.Key}/entries?from=2026-03-01&to=2026-03-31"));
        var entry = await ReadOkAsync(await client.GetAsync($"/backoffice/forms/entries/{old}"));
        var download = await client.GetAsync($"/backoffice/forms/entries/{old}/file?id={file}");
        var handled = await client.PostAsync($"/backoffice/forms/entries/{old}/handled");
        var notHandled = await ReadOkAsync(await client.GetAsync($"/backoffice/forms/{form.Key}/entries?handled=no"));
        var badDate = await client.GetAsync($"/backoffice/forms/{form.Key}/entries?from=March");
        var unconfirmed = await client.PostAsync($"/backoffice/forms/entries/{recent}/delete");
        var deleted = await client.PostAsync($"/backoffice/forms/entries/{recent}/delete", ("confirm", "true"));

        Assert.Contains("Олена", march);
        Assert.DoesNotContain("Тарас", march);
        Assert.Contains($"/api/v1/forms/{form.Key}/entries.csv?culture=uk&amp;from=", march);
        Assert.Contains("Ім’я (версія 1)", entry);
        Assert.DoesNotContain("версія 2", entry);
        Assert.Contains($"/backoffice/forms/entries/{old}/file?id={file}", entry);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Schemas.PngHead, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        Assert.Contains("Тарас", notHandled);
        Assert.DoesNotContain("Олена", notHandled);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDate.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var left = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().AsNoTracking().ToListAsync());
        var kept = Assert.Single(left);
        Assert.Equal((old, true, "editor"), (kept.Id, kept.Handled, kept.HandledBy));
    }

    [Fact]
    public async Task Editor_of_another_site_and_an_author_get_403_on_every_builder_and_entries_route()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings);
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var lvivForm = await CreateFormAsync(bed, bed.LvivId, Version1());
        var networkForm = await CreateFormAsync(bed, null, Version1(), "Пропозиція партнерства");
        var (lvivEntry, lvivFile) = await AddEntryAsync(bed, lvivForm, "Олена", DateTimeOffset.UtcNow);
        var (networkEntry, networkFile) = await AddEntryAsync(bed, networkForm, "Ганна", DateTimeOffset.UtcNow);
        var routes = bed.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("backoffice/forms/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .Distinct().ToList();
        Assert.True(routes.Count >= 7, $"only {routes.Count} routes under backoffice/forms/");

        var cases = new[]
        {
            (User: "editor@kyiv.example", Form: lvivForm.Key, Entry: lvivEntry, File: lvivFile),
            (User: "author@lviv.example", Form: lvivForm.Key, Entry: lvivEntry, File: lvivFile),
            (User: "editor@lviv.example", Form: networkForm.Key, Entry: networkEntry, File: networkFile),
        };
        foreach (var c in cases)
        {
            var client = await bed.SignInAsync(c.User);
            var list = await ReadOkAsync(await client.GetAsync("/backoffice/forms"), c.User.StartsWith("author", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
            Assert.DoesNotContain(c.Form.ToString(), list);
            var token = await client.TokenAsync();
            foreach (var (method, pattern) in routes)
            {
                var id = pattern.StartsWith("backoffice/forms/entries/", StringComparison.Ordinal) ? c.Entry : c.Form;
                var path = "/" + pattern.Replace("{key:guid}", id.ToString()) + (pattern.EndsWith("/file", StringComparison.Ordinal) ? $"?id={c.File}" : "");
                var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method == "POST")
                {
                    request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("op", "save"), new("confirm", "true"), new("Name", "x")]);
                }

                var response = await client.Http.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{c.User}: {method} {path} answered {(int)response.StatusCode}");
            }

            var create = await client.PostAsync("/backoffice/forms", ("name", "Чужа форма"), ("owner", "lviv"));
            Assert.Equal(c.User == "editor@lviv.example" ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, create.StatusCode);
            var csv = await client.GetAsync($"/api/v1/forms/{c.Form}/entries.csv");
            Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        }

        var entries = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().AsNoTracking().ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.False(e.Handled));
        Assert.All(await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormVersion>().AsNoTracking().ToListAsync()), v => Assert.Equal(1, v.Number));
    }

    [Fact]
    public async Task Entries_page_has_a_labelled_filter_and_a_csv_export_the_editor_can_download()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var form = await CreateFormAsync(bed, bed.LvivId, Version1());
        await AddEntryAsync(bed, form, "=HYPERLINK(\"http://evil\")", DateTimeOffset.UtcNow);
        var client = await bed.SignInAsync("editor@lviv.example");

        var html = await ReadOkAsync(await client.GetAsync($"/backoffice/forms/{form.Key}/entries"));
        var document = new HtmlParser().ParseDocument(html);
        var export = document.QuerySelector("a[download]")!.GetAttribute("href")!;
        var csv = await client.GetAsync(export);

        Assert.All(document.QuerySelectorAll("form[method=get] select, form[method=get] input"), input =>
            Assert.NotNull(document.QuerySelector($"label[for={input.Id}]")));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", text);
    }
}
