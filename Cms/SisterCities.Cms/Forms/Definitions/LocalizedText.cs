namespace SisterCities.Cms.Forms.Definitions;

/// <summary>A text in both network cultures; English falls back to Ukrainian and the other way round.</summary>
public sealed record LocalizedText(string Uk, string En)
{
    public string In(string culture) =>
        culture == "uk" ? (string.IsNullOrEmpty(Uk) ? En : Uk) : (string.IsNullOrEmpty(En) ? Uk : En);
}
