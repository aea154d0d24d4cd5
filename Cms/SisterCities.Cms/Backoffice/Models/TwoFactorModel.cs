namespace SisterCities.Cms.Backoffice.Models;

public sealed class TwoFactorModel
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }
}
