using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Media;

namespace SisterCities.Tests.Catalog.Portal;

public sealed class PortalEditingTests
{
    [Fact]
    public async Task Showroom_item_gets_a_sanitized_image_and_a_non_image_is_refused()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var seeded = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 401);
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var root = $"/business/{seeded.BusinessId}/showroom";

        var created = await client.PostAsync(root + "/new", ("Kind", "Product"), ("NameUk", "Сир твердий"), ("NameEn", "Hard cheese"), ("KvedCode", "10"),
            ("PriceMin", "10"), ("PriceMax", "20"), ("PriceCurrency", "eur"), ("MinimumOrder", "1 палета"), ("AvailableForExport", "true"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var itemUrl = created.Headers.Location!.OriginalString;

        var image = await client.UploadAsync(itemUrl + "/images", "cheese.jpg", TestImages.JpegWithGps(), ("altUk", "Головка сиру"), ("altEn", "A wheel of cheese"));
        Assert.Equal(HttpStatusCode.Redirect, image.StatusCode);
        var script = await client.UploadAsync(itemUrl + "/images", "cheese.jpg", TestImages.GifHeaderThenScript());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, script.StatusCode);

        var (item, media) = await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var stored = await db.Set<ShowroomItem>().SingleAsync(i => i.Id == Guid.Parse(itemUrl.Split('/').Last()));
            return (stored, await db.Set<MediaItem>().SingleAsync(m => m.Key == stored.Images[0]));
        });
        Assert.Equal(("EUR", true, "Hard cheese"), (item.PriceCurrency, item.AvailableForExport, item.Texts["en"].Name));
        Assert.Equal(("image/jpeg", "Головка сиру"), (media.ContentType, media.AltUk));
        var original = await client.GetAsync(MediaUrls.OriginalPath(media));
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.DoesNotContain("GPS", Encoding.ASCII.GetString(await original.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        var invalid = await client.PostAsync(itemUrl, ("Kind", "Product"), ("NameUk", ""), ("KvedCode", "99x"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("id=\"f-kvedCode-error\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(itemUrl + "/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(itemUrl)).StatusCode);
    }

    [Fact]
    public async Task Showroom_cover_and_gallery_take_images_only()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var seeded = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 406);
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var root = $"/business/{seeded.BusinessId}/showroom";

        Assert.Equal(HttpStatusCode.Redirect, (await client.UploadAsync(root + "/cover", "hall.jpg", TestImages.JpegWithGps(), ("altUk", "Цех"), ("altEn", "Workshop"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.UploadAsync(root + "/gallery", "team.png", TestImages.Png(), ("altUk", "Команда"), ("altEn", "Team"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.UploadAsync(root + "/gallery", "plan.pdf", TestImages.PdfWithHtml())).StatusCode);

        var gallery = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ShowroomGallery>().AsNoTracking().SingleAsync(g => g.BusinessId == seeded.BusinessId));
        Assert.NotNull(gallery.CoverMediaKey);
        var picture = Assert.Single(gallery.Images);
        var page = await (await client.GetAsync(root)).Content.ReadAsStringAsync();
        Assert.Contains("alt=\"Цех\"", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/gallery/{picture}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/cover/remove")).StatusCode);
        gallery = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ShowroomGallery>().AsNoTracking().SingleAsync(g => g.BusinessId == seeded.BusinessId));
        Assert.Equal((null, 0), (gallery.CoverMediaKey, gallery.Images.Count));
    }

    [Fact]
    public async Task Project_accepts_pdf_documents_only()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var seeded = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 402);
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var url = $"/business/{seeded.BusinessId}/projects/{seeded.ProjectId}";

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.UploadAsync(url + "/documents", "plan.pdf", TestImages.Png())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.UploadAsync(url + "/documents", "plan.pdf", TestImages.PdfWithHtml())).StatusCode);
        var saved = await client.PostAsync(url, ("TitleUk", "Сонячна станція"), ("Sector", "D"), ("Stage", "Feasibility"), ("Status", "Open"),
            ("AmountSought", "250000"), ("Currency", "EUR"), ("LocationSiteKey", "lviv"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var project = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<InvestmentProject>().SingleAsync(p => p.Id == seeded.ProjectId));
        Assert.Single(project.Documents);
        Assert.Equal((ProjectStatus.Open, "D", bed.LvivId), (project.Status, project.Sector, project.LocationSiteId!.Value));
    }

    [Fact]
    public async Task Owner_adds_and_removes_managers_but_never_the_last_owner()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var colleague = await PortalTestData.ConfirmedUserAsync(bed, "colleague@firma.example");
        var seeded = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 403);
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var root = $"/business/{seeded.BusinessId}/managers";

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostAsync(root, ("email", "nobody@firma.example"), ("role", "Manager"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(root, ("email", "colleague@firma.example"), ("role", "Manager"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"{root}/{owner}/remove")).StatusCode);

        // The colleague now sees the business in their switcher, but may not manage the team.
        var other = await PortalTestData.SignInAsync(bed, "colleague@firma.example");
        Assert.Contains("Test: business 403", await (await other.GetAsync("/business")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"{root}/{owner}/remove")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{colleague}/remove")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/business/{seeded.BusinessId}")).StatusCode);
    }

    [Fact]
    public async Task Reply_from_the_inbox_is_mailed_to_the_sender_and_marks_the_inquiry_replied()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var seeded = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 404);
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var root = $"/business/{seeded.BusinessId}/inbox";

        Assert.Contains("<strong>new</strong>", await (await client.GetAsync(root)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{root}/{seeded.InquiryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostAsync($"{root}/{seeded.InquiryId}/reply", ("message", " "))).StatusCode);
        var replied = await client.PostAsync($"{root}/{seeded.InquiryId}/reply", ("message", "Дякуємо! Надішлемо каталог до п'ятниці."));
        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);

        Assert.Contains(">replied<", await (await client.GetAsync(root)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var inquiry = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Inquiry>().SingleAsync(i => i.Id == seeded.InquiryId));
        Assert.NotNull(inquiry.RepliedAt);
        var mail = Assert.Single(await PortalMailFiles.FlushAsync(bed));
        Assert.Equal("sender404@example.org", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Re: Test inquiry", mail.Subject);
        Assert.Contains("Надішлемо каталог до п'ятниці.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspended_business_managers_can_read_but_not_edit()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var seeded = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 405);
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var business = await db.Set<Business>().SingleAsync(b => b.Id == seeded.BusinessId);
            business.State = VerificationState.Suspended;
            business.StateReason = "Test suspension";
            await db.SaveChangesAsync();
        });
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");

        Assert.Contains("Test suspension", await (await client.GetAsync($"/business/{seeded.BusinessId}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var edit = await client.PostAsync($"/business/{seeded.BusinessId}/showroom/{seeded.ItemId}", ("Kind", "Product"), ("NameUk", "Змінено"), ("KvedCode", "62"));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }
}
