namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }

    public FormErrors Errors { get; set; } = FormErrors.None;
}
