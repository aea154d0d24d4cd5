namespace SisterCities.Cms.Notifications;

/// <summary><c>Cms:Smtp</c>. Without a host, mail is written as .eml files to <c>&lt;data folder&gt;/mail/</c>.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Cms:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS when the server offers it (port 587); implicit TLS on 465.</summary>
    public bool UseTls { get; set; } = true;

    public string From { get; set; } = "SisterCities <noreply@localhost>";
}
