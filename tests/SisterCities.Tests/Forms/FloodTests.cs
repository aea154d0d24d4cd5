using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Entries;
using static SisterCities.Tests.Forms.FormsHarness;

namespace SisterCities.Tests.Forms;

/// <summary>Many posts at once: every accepted post is one entry, every refused one none.</summary>
public sealed class FloodTests
{
    [Fact]
    public async Task Flood_of_posts_stores_exactly_the_accepted_ones_and_refuses_the_rest_with_429()
    {
        await using var h = await StartAsync(settings: new Dictionary<string, string?> { ["Forms:SubmissionsPerFormPerWindow"] = "40" });
        var form = await h.CreateFormAsync(Schemas.Contact());
        var values = ValidContact().Where(v => v.Item1 != "__action").ToDictionary(v => v.Item1, v => new[] { v.Item2 });
        var client = h.Client();

        var responses = await Task.WhenAll(Enumerable.Range(0, 120).Select(_ =>
            client.PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{form.Key}", new { values })));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<HttpStatusCode, int> { [HttpStatusCode.Accepted] = 40, [HttpStatusCode.TooManyRequests] = 80 }, statuses);
        var count = await h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().CountAsync());
        Assert.Equal(40, count);
    }

    [Fact]
    public async Task Same_page_posted_five_times_at_once_makes_one_entry()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostAsync(client, form.Key, hidden, ValidContact())));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().CountAsync()));
    }
}
