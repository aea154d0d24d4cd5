namespace SisterCities.Cms.Backoffice.Models;

/// <summary>The profile page: two-factor state, and while it is off the key to enter in an authenticator app.</summary>
public sealed record ProfileModel(string Email, bool TwoFactorEnabled, string? AuthenticatorKey, string? OtpAuthUri, string? Notice, IReadOnlyList<string> Errors);
