using System.Net;
using SisterCities.Cms.Accounts;

namespace SisterCities.Tests.Backoffice;

public sealed class EditorPagesTests
{
    [Fact]
    public async Task Editor_sees_own_sites_tree_and_edit_page_with_a_section_per_culture()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Відкрили новий сквер");
        var client = await bed.SignInAsync("editor@lviv.example");

        var sites = await client.Http.GetStringAsync("/backoffice");
        Assert.Contains("/backoffice/sites/lviv", sites);
        Assert.DoesNotContain("/backoffice/sites/kyiv", sites);

        var tree = await client.Http.GetStringAsync("/backoffice/sites/lviv");
        Assert.Contains("Відкрили новий сквер", tree);

        var edit = await client.GetAsync($"/backoffice/content/{key}?culture=en");
        var html = await edit.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("Відкрили новий сквер (en)", html);
        Assert.Contains("culture=uk", html);
        Assert.Contains("<label for=\"f-values-body\">", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
    }
}
