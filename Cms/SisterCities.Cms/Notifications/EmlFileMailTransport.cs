using MimeKit;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Notifications;

/// <summary>
/// Development and small installs without SMTP: each message becomes an .eml file in <c>&lt;data folder&gt;/mail/</c>
/// that any mail client opens. Written to a temporary name and renamed, so a reader never sees half a file. Names sort
/// in sending order (time to the tick, then a counter for messages sent at the same clock reading), so "the latest mail
/// to X" is the last file by name.
/// </summary>
public sealed class EmlFileMailTransport(DataFolder dataFolder, TimeProvider clock) : IMailTransport
{
    public const string FolderName = "mail";

    private static long _sent;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = dataFolder.Sub(FolderName);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fffffff}-{Interlocked.Increment(ref _sent):D8}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, Path.Combine(folder, name));
    }
}
