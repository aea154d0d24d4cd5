namespace SisterCities.Cms.Media;

/// <summary>
/// Marks a media upload route (an MVC action or, as metadata, a minimal-API endpoint). The backoffice's general
/// body limit (2 MB) would refuse an ordinary phone photo, so on these routes the limit is
/// <see cref="MediaOptions.MaxUploadBytes"/> plus room for the form fields; the upload reader still counts the
/// file's own bytes while streaming.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MediaUploadEndpointAttribute : Attribute
{
    /// <summary>Room for the multipart boundaries, headers and text fields around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;
}
