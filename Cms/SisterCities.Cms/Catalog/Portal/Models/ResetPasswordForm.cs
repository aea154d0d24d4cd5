namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>The reset page: the link's user id and token travel in hidden fields, the passwords are never echoed.</summary>
public sealed class ResetPasswordForm
{
    public string? UserId { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public FormErrors Errors { get; set; } = FormErrors.None;
}
