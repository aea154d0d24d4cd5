namespace SisterCities.Cms.Localization;

/// <summary>Resources naming the interface languages themselves (<c>LanguageText.resx</c> Ukrainian, <c>.en.resx</c> English).</summary>
public sealed class LanguageText;
