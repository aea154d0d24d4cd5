namespace SisterCities.Cms.Delivery;

/// <summary>Content paths as stored in <c>ContentVariant.UrlPath</c>: leading slash, no trailing slash, <c>/</c> for a root.</summary>
internal static class DeliveryPaths
{
    public static string Normalize(string path)
    {
        var trimmed = Uri.UnescapeDataString(path).Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed;
    }
}
