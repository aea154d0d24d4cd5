namespace SisterCities.Cms.SiteInfo;

/// <summary>The site's accessibility statement: the standard it aims at, how that is checked, known limits, feedback.</summary>
internal sealed class AccessibilityStatementPage : SiteInfoPage
{
    public override string UrlPath => "/accessibility";

    public override string Title(string culture) => culture == "uk" ? "Заява про доступність" : "Accessibility statement";

    protected override (string Summary, IReadOnlyList<SiteInfoSection> Sections) Text(string siteName, string culture) => culture == "uk"
        ? ($"Як сайт «{siteName}» дотримується вимог доступності WCAG 2.1 рівня AA і як повідомити про проблему.",
        [
            new("Стандарт", [
                $"Сайт «{siteName}» прагне відповідати Настановам з доступності вебвмісту (WCAG) 2.1 на рівні AA.",
                "Сторінками можна користуватися з клавіатури, фокус завжди видно, є посилання «Перейти до змісту», орієнтири та правильний порядок заголовків. Сторінки працюють без JavaScript, зберігають зміст при збільшенні до 400 % і враховують налаштування «зменшити рух».",
            ]),
            new("Як це перевіряється", [
                "Кожен тип сторінки в обох темах оформлення автоматично перевіряється інструментом axe у браузері Chromium під час кожної збірки програмного забезпечення.",
                "Колір, який громада обирає для свого сайту, приймається лише за контрасту щонайменше 4,5:1.",
                "Зображення в новинах публікуються лише з текстовим описом (alt) мовою сторінки.",
            ]),
            new("Відомі обмеження", [
                "Документи PDF, завантажені підприємствами та редакторами, можуть бути недоступними для програм зчитування з екрана.",
                "Автоматичні перевірки не виявляють усіх проблем: зрозумілість текстів і точність описів зображень залежать від редакторів.",
            ]),
            new("Зворотний зв’язок", [
                "Якщо ви не можете скористатися частиною сайту, повідомте про це через форму звернення на сайті громади або на сторінці контактів. Вкажіть адресу сторінки й опишіть проблему: редактори громади відповідають на такі звернення.",
            ]),
        ])
        : ($"How the {siteName} site meets WCAG 2.1 level AA and how to report a problem.",
        [
            new("Standard", [
                $"The {siteName} site aims to conform to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.",
                "Pages can be used with a keyboard, focus is always visible, there is a skip link, landmarks and a correct heading order. Pages work without JavaScript, keep their content at 400% zoom and respect the reduced-motion setting.",
            ]),
            new("How it is checked", [
                "Every page type in both themes is checked automatically with axe in the Chromium browser on every build of the software.",
                "A colour the community chooses for its site is accepted only with a contrast of at least 4.5:1.",
                "Images in news are published only with a text alternative (alt) in the page's language.",
            ]),
            new("Known limitations", [
                "PDF documents uploaded by businesses and editors may not be accessible to screen readers.",
                "Automated checks do not find every problem: plain language and accurate image descriptions depend on the editors.",
            ]),
            new("Feedback", [
                "If you cannot use part of this site, tell us through the community's contact form or contact page. Give the page's address and describe the problem: the community's editors answer such requests.",
            ]),
        ]);
}
