namespace SisterCities.Cms.ThemeSettings;

/// <summary>
/// Where the themes put the primary colour (<c>--brand</c>) next to another colour carrying text, and so where it
/// must reach 4.5:1. Kept beside the stylesheets' own numbers: Default <c>site.css</c>, Heritage <c>heritage.css</c>.
/// </summary>
public static class PrimaryColourUsage
{
    public static IReadOnlyList<(string Against, string Where)> Pairs { get; } =
    [
        ("#ffffff", "white text on it: header and menu (Default), masthead, buttons and current page (both themes); it as text on white (Default language switch)"),
        ("#ffd500", "the city's initial in it on the yellow coat-of-arms shield (Default)"),
        ("#e3c16f", "the city's initial in it on the gold coat-of-arms shield (Heritage)"),
    ];

    /// <summary>The first pair below 4.5:1, or null when the colour may be used everywhere.</summary>
    public static string? Problem(string colour)
    {
        foreach (var (against, where) in Pairs)
        {
            var ratio = ContrastRatio.Between(colour, against);
            if (ratio < ContrastRatio.TextMinimum)
            {
                return $"Primary colour {colour} against {against} ({where}): contrast {ContrastRatio.Format(ratio)}, needs at least 4.5:1.";
            }
        }

        return null;
    }
}
