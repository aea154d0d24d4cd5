namespace SisterCities.Cms.SiteInfo;

/// <summary>The site's privacy notice: what personal data the software collects, why, for how long, and what it never does.</summary>
internal sealed class PrivacyNoticePage : SiteInfoPage
{
    public override string UrlPath => "/privacy";

    public override string Title(string culture) => culture == "uk" ? "Конфіденційність" : "Privacy";

    protected override (string Summary, IReadOnlyList<SiteInfoSection> Sections) Text(string siteName, string culture) => culture == "uk"
        ? ($"Які персональні дані збирає сайт «{siteName}», навіщо і як довго їх зберігають.",
        [
            new("Хто обробляє дані", [
                $"Дані, які ви надсилаєте через сайт «{siteName}», обробляє громада, якій належить сайт, відповідно до Закону України «Про захист персональних даних».",
            ]),
            new("Що збирається", [
                "Читання сайту не потребує реєстрації. Сайт не використовує аналітику, рекламу чи вміст сторонніх сервісів: кожна сторінка завантажується лише з цього сервера.",
                "Коли ви надсилаєте форму або запит до підприємства, зберігаються ваші відповіді, ім’я, адреса електронної пошти та текст згоди, який ви підтвердили. IP-адреса зберігається лише у вигляді незворотного хешу, щоб обмежувати зловживання.",
                "Облікові записи редакторів і підприємств містять адресу електронної пошти та пароль у вигляді хешу.",
            ]),
            new("Файли cookie", [
                "Сайт ставить лише необхідні cookie: захисний маркер форм (проти підроблених запитів) і, для тих, хто входить у систему, cookie входу. Cookie для відстеження немає.",
            ]),
            new("Як довго", [
                "Для кожної форми громада встановлює строк зберігання; після нього записи видаляються автоматично. Запити до підприємства зберігаються в його скриньці на бізнес-порталі.",
            ]),
            new("Ваші права", [
                "Ви можете дізнатися, які ваші дані зберігаються, виправити або видалити їх, звернувшись до громади через форму звернення на сайті.",
            ]),
        ])
        : ($"What personal data the {siteName} site collects, why, and how long it is kept.",
        [
            new("Who processes the data", [
                $"Data you send through the {siteName} site is processed by the community that owns the site, under the Law of Ukraine \"On Personal Data Protection\".",
            ]),
            new("What is collected", [
                "Reading the site needs no registration. The site uses no analytics, advertising or third-party content: every page loads from this server only.",
                "When you send a form or an inquiry to a business, your answers, name, email address and the consent text you confirmed are stored. Your IP address is stored only as a one-way hash, to limit abuse.",
                "Accounts of editors and businesses hold an email address and a hashed password.",
            ]),
            new("Cookies", [
                "The site sets only necessary cookies: a form protection token (against forged requests) and, for people who sign in, a sign-in cookie. There are no tracking cookies.",
            ]),
            new("How long", [
                "The community sets a retention period for each form; entries are deleted automatically when it ends. Inquiries to a business are kept in its inbox in the business portal.",
            ]),
            new("Your rights", [
                "You can ask which of your data is stored, have it corrected or deleted, by writing to the community through the contact form on the site.",
            ]),
        ]);
}
