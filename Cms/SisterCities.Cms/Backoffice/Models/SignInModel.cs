namespace SisterCities.Cms.Backoffice.Models;

public sealed class SignInModel
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }
}
