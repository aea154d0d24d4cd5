using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SisterCities.Cms.Notifications;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>Sends the outbox the way the background sender does and reads the .eml files it writes to the data folder.</summary>
internal static partial class PortalMailFiles
{
    public static Task<IReadOnlyList<MimeMessage>> FlushAsync(BackofficeTestBed bed) => FlushAsync(bed.App.Services, bed.DataPath);

    public static async Task<IReadOnlyList<MimeMessage>> FlushAsync(IServiceProvider services, string dataPath)
    {
        await services.GetRequiredService<OutboxMailSender>().RunOnceAsync(CancellationToken.None);
        var folder = Path.Combine(dataPath, EmlFileMailTransport.FolderName);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    /// <summary>The path and query of the confirmation link in the message to <paramref name="to"/>.</summary>
    public static string ConfirmationLink(IEnumerable<MimeMessage> messages, string to)
    {
        var message = messages.Last(m => m.To.Mailboxes.Any(a => a.Address == to));
        var url = Link().Match(message.TextBody ?? "").Value;
        Assert.False(string.IsNullOrEmpty(url), "No confirmation link in the e-mail.");
        return new Uri(url).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/business/confirm\?\S+")]
    private static partial Regex Link();
}
