namespace SisterCities.Cms.Partnerships;

/// <summary>The areas of cooperation a partnership or offer can name, with their labels per culture.</summary>
public static class CooperationAreas
{
    public static IReadOnlyDictionary<string, (string Uk, string En)> All { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["economy"] = ("Економіка та інвестиції", "Economy and investment"),
        ["education"] = ("Освіта", "Education"),
        ["culture"] = ("Культура", "Culture"),
        ["tourism"] = ("Туризм", "Tourism"),
        ["administration"] = ("Муніципальне управління", "Municipal administration"),
        ["healthcare"] = ("Охорона здоров’я", "Healthcare"),
        ["reconstruction"] = ("Відбудова", "Reconstruction"),
        ["humanitarian"] = ("Гуманітарна допомога", "Humanitarian aid"),
        ["youth"] = ("Молодь", "Youth"),
    };

    public static bool IsKnown(string area) => All.ContainsKey(area);

    public static string Label(string area, string culture) =>
        All.TryGetValue(area, out var label) ? (culture == "uk" ? label.Uk : label.En) : area;
}
