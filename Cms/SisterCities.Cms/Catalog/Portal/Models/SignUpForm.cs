namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed class SignUpForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    /// <summary>Hidden from people (CSS and aria-hidden); a bot that fills every field fills this one too.</summary>
    public string? Homepage { get; set; }

    public FormErrors Errors { get; set; } = FormErrors.None;
}
