using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Notifications;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// The portal's and moderators' messages, queued in the mail outbox so each is sent only if the change it reports
/// commits (SMTP when configured, otherwise an .eml file in the data folder). Bodies are plain text in uk and en.
/// </summary>
public sealed class PortalMail(MailOutbox outbox)
{
    public void ConfirmAccount(string to, string link) => outbox.Enqueue(to,
        "Підтвердіть e-mail / Confirm your e-mail · SisterCities",
        $"""
        Щоб завершити реєстрацію в бізнес-кабінеті SisterCities, відкрийте посилання:
        To finish signing up for the SisterCities business portal, open this link:

        {link}

        Якщо ви не реєструвалися, просто проігноруйте цей лист. / If you did not sign up, ignore this message.
        """);

    public void Reply(Inquiry inquiry, Business business, string message)
    {
        ArgumentNullException.ThrowIfNull(business);
        Reply(inquiry, business.DisplayName, business.ContactEmail, message);
    }

    /// <summary>
    /// A recipient's answer to a message sent through the platform: a business's reply to an inquiry, or a municipality's
    /// reply to an answer to its cooperation offer. Signed with the replier's name and contact address.
    /// </summary>
    public void Reply(Inquiry inquiry, string replierName, string? replierContact, string message)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        outbox.Enqueue(inquiry.FromEmail,
            "Re: " + inquiry.Subject,
            $"""
            {replierName} відповідає на ваше повідомлення, надіслане через SisterCities.
            {replierName} answers the message you sent through SisterCities.

            {message}

            ---
            {replierName} · {replierContact}
            > {inquiry.Subject}
            """);
    }

    public void Decision(Business business, string decision, string? reason)
    {
        if (string.IsNullOrEmpty(business.ContactEmail))
        {
            return;
        }

        outbox.Enqueue(business.ContactEmail, $"{business.DisplayName}: {decision} · SisterCities",
            $"""
            Рішення модератора каталогу SisterCities щодо «{business.DisplayName}»: {decision}.
            The SisterCities catalog moderators' decision on "{business.DisplayName}": {decision}.
            {(string.IsNullOrWhiteSpace(reason) ? "" : "\nПричина / Reason:\n" + reason.Trim() + "\n")}
            """);
    }
}
