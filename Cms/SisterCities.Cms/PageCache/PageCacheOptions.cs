namespace SisterCities.Cms.PageCache;

/// <summary>Settings under <c>Cms:PageCache</c>.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Cms:PageCache";

    /// <summary>Output cache for anonymous public pages.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest life of a cached page when no change evicts it sooner (time-relative content).</summary>
    public int MaxSeconds { get; set; } = 300;

    /// <summary>Cookies that mean "signed in" (the backoffice and business accounts' cookies).</summary>
    public string[] SignInCookiePrefixes { get; set; } = ["sc.", ".AspNetCore.Identity."];
}
