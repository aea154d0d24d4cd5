using SisterCities.Cms.Notifications;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>Password reset messages of the portal, queued in the mail outbox (SMTP, or an .eml file without it).</summary>
public sealed class PortalPasswordMail(MailOutbox outbox)
{
    public void ResetLink(string to, string link, TimeSpan lifetime) => outbox.Enqueue(to,
        "Новий пароль / Reset your password · SisterCities",
        $"""
        Щоб задати новий пароль до бізнес-кабінету SisterCities, відкрийте посилання (діє {Hours(lifetime)} год, один раз):
        To choose a new password for the SisterCities business portal, open this link (it works once, for {Hours(lifetime)} h):

        {link}

        Якщо ви не просили змінити пароль, проігноруйте цей лист: пароль лишається тим самим.
        If you did not ask for this, ignore this message: your password stays as it is.
        """);

    /// <summary>
    /// Accounts with roles in the municipal backoffice are not reset from the public portal form: their owner is told
    /// by mail (so the answer on the page stays the same for every address) and asks their site administrator.
    /// </summary>
    public void ResetRefusedForStaff(string to) => outbox.Enqueue(to,
        "Зміна пароля / Password reset · SisterCities",
        """
        Хтось (можливо, ви) попросив змінити пароль у бізнес-кабінеті SisterCities. Ваш обліковий запис має ролі
        в адмін-панелі громади, тому його пароль не змінюють через цю форму: попросіть адміністратора сайту
        надіслати вам нове посилання для входу.

        Someone (perhaps you) asked to reset the password in the SisterCities business portal. Your account has roles
        in a municipal backoffice, so its password is not reset through that form: ask your site administrator to send
        you a new set-up link.
        """);

    private static string Hours(TimeSpan lifetime) =>
        lifetime.TotalHours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
