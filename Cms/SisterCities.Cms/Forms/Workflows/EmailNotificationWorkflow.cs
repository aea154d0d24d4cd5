using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>
/// Tells the form's recipients about an entry, in the entry's culture. Without an SMTP server the message is written
/// as an .eml file to <c>&lt;data&gt;/mail/</c> (SmtpClient's pickup directory), which any mail client opens.
/// </summary>
public sealed class EmailNotificationWorkflow(IOptions<FormsOptions> options, DataFolder dataFolder, SiteDirectory sites) : IFormWorkflow
{
    public const string MailFolder = "mail";

    public WorkflowKind Kind => WorkflowKind.Email;

    public bool WritesOnlyToDatabase => false;

    public async Task<WorkflowResult> RunAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (context.Schema.Notification is not { Recipients.Count: > 0 } notification)
        {
            return WorkflowResult.Done("The form version has no recipients.");
        }

        var culture = context.Entry.Culture;
        var site = context.Entry.SiteId is { } id ? await sites.FindByIdAsync(id, cancellationToken) : null;
        var siteName = site?.NameIn(culture) ?? (culture == "uk" ? "Мережа" : "Network");
        var subject = EntryText.Fill(notification.Subject.In(culture), context.Form.Name, siteName, context.Entry.CreatedAt, context.Values);
        var body = new StringBuilder()
            .AppendLine(culture == "uk" ? $"Форма: {context.Form.Name} (версія {context.Entry.FormVersion})" : $"Form: {context.Form.Name} (version {context.Entry.FormVersion})")
            .AppendLine(culture == "uk" ? $"Сайт: {siteName}" : $"Site: {siteName}")
            .AppendLine(culture == "uk" ? $"Надіслано: {context.Entry.CreatedAt:yyyy-MM-dd HH:mm} UTC" : $"Submitted: {context.Entry.CreatedAt:yyyy-MM-dd HH:mm} UTC")
            .AppendLine(culture == "uk" ? $"Номер звернення: {context.Entry.Id}" : $"Entry: {context.Entry.Id}")
            .AppendLine();
        foreach (var (label, value) in EntryText.Lines(context.Schema, context.Values, culture))
        {
            body.Append(label).Append(": ").AppendLine(value);
        }

        var o = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(o.MailFrom),
            Subject = subject,
            SubjectEncoding = Encoding.UTF8,
            Body = body.ToString(),
            BodyEncoding = Encoding.UTF8,
        };
        foreach (var recipient in notification.Recipients)
        {
            message.To.Add(recipient);
        }

        // Lets a mail client or a receiving system recognise a repeat after a crash between sending and recording.
        message.Headers.Add("X-SisterCities-Entry", context.Entry.Id.ToString());
        using var client = CreateClient(o);
        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException e)
        {
            return WorkflowResult.TryAgain("SMTP: " + e.Message);
        }

        return WorkflowResult.Done(string.IsNullOrEmpty(o.SmtpHost)
            ? $"Written to the mail folder for {notification.Recipients.Count} recipient(s)."
            : $"Sent to {notification.Recipients.Count} recipient(s) via {o.SmtpHost}.");
    }

    private SmtpClient CreateClient(FormsOptions o)
    {
        if (string.IsNullOrEmpty(o.SmtpHost))
        {
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = dataFolder.Sub(MailFolder),
            };
        }

        return new SmtpClient(o.SmtpHost, o.SmtpPort)
        {
            EnableSsl = o.SmtpSsl,
            Credentials = o.SmtpUser is null ? null : new NetworkCredential(o.SmtpUser, o.SmtpPassword),
        };
    }
}
