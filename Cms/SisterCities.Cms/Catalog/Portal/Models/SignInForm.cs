namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    public string? Error { get; set; }
}
