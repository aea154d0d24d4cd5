namespace SisterCities.Cms.Backoffice.Models;

public sealed class SetupModel
{
    public string? Token { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();
}
