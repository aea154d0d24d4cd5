using SisterCities.Cms.Media;

namespace SisterCities.Tests.Media;

public sealed class MediaFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd.png", MediaFormats.Png, "passwd.png")]
    [InlineData("..\\..\\windows\\win.ini", MediaFormats.Jpeg, "win.jpg")]
    [InlineData("photo.php.jpg", MediaFormats.Jpeg, "photo-php.jpg")]
    [InlineData("Ратуша у Львові.JPG", MediaFormats.Jpeg, "Ратуша-у-Львові.jpg")]
    [InlineData("...", MediaFormats.Pdf, "file.pdf")]
    [InlineData(null, MediaFormats.Gif, "file.gif")]
    [InlineData("a\u0000b<script>.png", MediaFormats.Png, "abscript.png")]
    public void Uploaded_names_become_safe_labels_with_the_extension_the_bytes_decided(string? name, string type, string expected) =>
        Assert.Equal(expected, MediaFileName.Sanitize(name, type));

    [Theory]
    [InlineData("../events/../2026", "events/2026")]
    [InlineData("/a//b/", "a/b")]
    [InlineData("  ", "")]
    public void Folder_names_lose_traversal_segments(string folder, string expected) =>
        Assert.Equal(expected, MediaFileName.SanitizeFolder(folder));

    [Fact]
    public void Very_long_names_are_cut_keeping_the_extension()
    {
        var name = MediaFileName.Sanitize(new string('a', 500) + ".png", MediaFormats.Png);
        Assert.Equal(MediaLimits.MaxFileNameLength, name.Length);
        Assert.EndsWith(".png", name, StringComparison.Ordinal);
    }
}
