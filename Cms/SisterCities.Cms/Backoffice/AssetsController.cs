using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace SisterCities.Cms.Backoffice;

/// <summary>The backoffice stylesheet, embedded in the assembly so the CMS needs no static-file set-up or build step.</summary>
[Route("backoffice/assets")]
public sealed class AssetsController : BackofficeController
{
    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(AssetsController).Assembly.GetManifestResourceStream("SisterCities.Cms.Backoffice.Assets.backoffice.css")
            ?? throw new InvalidOperationException("The backoffice stylesheet is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    [AllowAnonymous]
    [HttpGet("backoffice.css")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Any)]
    public IActionResult Css() => File(Stylesheet.Value, "text/css; charset=utf-8");
}
