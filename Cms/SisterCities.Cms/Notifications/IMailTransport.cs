using MimeKit;

namespace SisterCities.Cms.Notifications;

/// <summary>Where a message finally goes: an SMTP server, or a folder of .eml files.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
