namespace SisterCities.Cms.PublicSite;

/// <summary>The same item in another culture: an <c>hreflang</c> alternate or a language-switch entry.</summary>
/// <param name="Culture">BCP 47 code, or <c>x-default</c>.</param>
/// <param name="Label">The language's name in itself.</param>
/// <param name="Url">Absolute for <c>hreflang</c>, app-relative for the switch.</param>
/// <param name="IsCurrent">True for the culture being shown.</param>
public sealed record AlternateLink(string Culture, string Label, string Url, bool IsCurrent);
