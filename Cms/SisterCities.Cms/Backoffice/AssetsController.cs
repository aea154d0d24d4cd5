using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace SisterCities.Cms.Backoffice;

/// <summary>The backoffice stylesheet, embedded in the assembly so the CMS needs no static-file set-up or build step.</summary>
[Route("backoffice/assets")]
public sealed class AssetsController : BackofficeController
{
    private static readonly Lazy<byte[]> Stylesheet = new(() => Embedded("backoffice.css"));

    private static readonly Lazy<byte[]> Editor = new(() => Embedded("editor.js"));

    [AllowAnonymous]
    [HttpGet("backoffice.css")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Any)]
    public IActionResult Css() => File(Stylesheet.Value, "text/css; charset=utf-8");

    /// <summary>The rich-text editor; only signed-in users edit, so it is not anonymous.</summary>
    [HttpGet("editor.js")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public IActionResult EditorScript() => File(Editor.Value, "text/javascript; charset=utf-8");

    private static byte[] Embedded(string file)
    {
        using var stream = typeof(AssetsController).Assembly.GetManifestResourceStream("SisterCities.Cms.Backoffice.Assets." + file)
            ?? throw new InvalidOperationException($"The backoffice asset {file} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
