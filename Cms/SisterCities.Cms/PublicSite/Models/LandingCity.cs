namespace SisterCities.Cms.PublicSite.Models;

/// <summary>A city on the landing page.</summary>
/// <param name="Name">The name in the page's language.</param>
/// <param name="OtherName">The name in the other language, shown alongside.</param>
/// <param name="Oblast">The oblast in the page's language.</param>
/// <param name="Url">Where the city's site is reached from this request; null if it cannot be reached.</param>
/// <param name="SearchText">Normalized names (Cyrillic, English, transliterated) the live filter matches.</param>
/// <param name="Visible">False when the server-side query filtered the city out.</param>
public sealed record LandingCity(string Name, string OtherName, string? Oblast, string? Url, string SearchText, bool Visible);
