using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Media.Library;

/// <summary>Small helpers for driving the library pages as a browser without JavaScript would: multipart forms with the antiforgery token.</summary>
public static partial class MediaPages
{
    public static async Task<HttpResponseMessage> UploadAsync(
        BackofficeClient client, string libraryPath, byte[] bytes, string fileName, string? altUk = null, string? altEn = null, string? folder = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in new[] { ("altUk", altUk), ("altEn", altEn), ("folder", folder) })
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }

        form.Add(new StringContent(await client.TokenAsync()), "__RequestVerificationToken");
        return await client.Http.PostAsync(libraryPath + "/upload", form);
    }

    /// <summary>Uploads and returns the new item's key, read from the redirect to its page.</summary>
    public static async Task<Guid> UploadImageAsync(BackofficeClient client, string libraryPath, byte[] bytes, string fileName, string? altUk = null, string? altEn = null)
    {
        var response = await UploadAsync(client, libraryPath, bytes, fileName, altUk, altEn);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var match = ItemKey().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location.OriginalString);
        return Guid.Parse(match.Groups[1].Value);
    }

    public static Task<MediaItem?> FindAsync(BackofficeTestBed bed, Guid key) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == key));

    public static Task<int> CountAsync(BackofficeTestBed bed) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaItem>().CountAsync());

    [GeneratedRegex("/backoffice/media/items/([0-9a-f-]{36})")]
    private static partial Regex ItemKey();
}
