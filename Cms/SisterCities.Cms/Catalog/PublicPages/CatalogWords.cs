namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>The fixed labels of the catalog pages in Ukrainian and English (other cultures read English).</summary>
public sealed class CatalogWords(string culture)
{
    private readonly bool _uk = culture == "uk";

    public string Businesses => _uk ? "Бізнес-каталог" : "Business catalog";
    public string Projects => _uk ? "Інвестиційні проєкти" : "Investment projects";
    public string CityIntro => _uk ? "Перевірені підприємства та інвестиційні проєкти громади." : "Verified businesses and investment projects of the municipality.";
    public string NetworkIntro => _uk ? "Перевірені підприємства та інвестиційні проєкти всіх громад мережі й закордонних партнерів." : "Verified businesses and investment projects of every municipality of the network and of partners abroad.";
    public string WholeNetwork => _uk ? "Каталог усієї мережі" : "Catalog of the whole network";
    public string Filters => _uk ? "Фільтри" : "Filters";
    public string Activity => _uk ? "Вид діяльності (КВЕД)" : "Activity (KVED / NACE)";
    public string Country => _uk ? "Країна" : "Country";
    public string Municipality => _uk ? "Громада" : "Municipality";
    public string Export => _uk ? "Експорт" : "Export";
    public string ExportReady => _uk ? "Готові до експорту" : "Export-ready";
    public string NotExporting => _uk ? "Без експорту" : "Not exporting";
    public string Stage => _uk ? "Стадія" : "Stage";
    public string Any => _uk ? "Усі" : "All";
    public string Show => _uk ? "Показати" : "Show";
    public string Reset => _uk ? "Скинути фільтри" : "Clear filters";
    public string Found => _uk ? "Знайдено: {0}" : "Found: {0}";
    public string NothingFound => _uk ? "Нічого не знайдено. Змініть або скиньте фільтри." : "Nothing found. Change or clear the filters.";
    public string Pages => _uk ? "Сторінки каталогу" : "Catalog pages";
    public string Previous => _uk ? "Попередня сторінка" : "Previous page";
    public string Next => _uk ? "Наступна сторінка" : "Next page";
    public string PageOf => _uk ? "Сторінка {0} з {1}" : "Page {0} of {1}";
    public string Showroom => _uk ? "Продукція та послуги" : "Products and services";
    public string NoItems => _uk ? "Підприємство ще не додало продукцію." : "The business has not added any products yet.";
    public string About => _uk ? "Про підприємство" : "About the business";
    public string Facts => _uk ? "Відомості" : "Facts";
    public string Founded => _uk ? "Рік заснування" : "Founded";
    public string Size => _uk ? "Розмір" : "Size";
    public string ExportMarkets => _uk ? "Ринки експорту" : "Export markets";
    public string Certifications => _uk ? "Сертифікати" : "Certifications";
    public string Website => _uk ? "Вебсайт" : "Website";
    public string Address => _uk ? "Адреса" : "Address";
    public string Edrpou => _uk ? "Код ЄДРПОУ" : "EDRPOU code";
    public string Price => _uk ? "Ціна" : "Price";
    public string MinimumOrder => _uk ? "Мінімальне замовлення" : "Minimum order";
    public string AvailableForExport => _uk ? "Доступно для експорту" : "Available for export";
    public string Gallery => _uk ? "Галерея" : "Gallery";
    public string LogoOf => _uk ? "Логотип: {0}" : "Logo: {0}";
    public string AmountSought => _uk ? "Потрібні інвестиції" : "Investment sought";
    public string Sector => _uk ? "Галузь" : "Sector";
    public string Location => _uk ? "Розташування" : "Location";
    public string Owner => _uk ? "Ініціатор" : "Promoter";
    public string Status => _uk ? "Статус" : "Status";
    public string BusinessProjects => _uk ? "Інвестиційні проєкти підприємства" : "The business's investment projects";
    public string Contact => _uk ? "Надіслати запит" : "Send an inquiry";
    public string ContactIntro => _uk
        ? "Контакти підприємства не публікуються. Ваш запит перешле платформа, відповідь надійде на вашу електронну адресу."
        : "The business's contacts are not published. The platform forwards your inquiry; the reply comes to your e-mail address.";
    public string Subject => _uk ? "Тема" : "Subject";
    public string Message => _uk ? "Повідомлення" : "Message";
    public string Name => _uk ? "Ваше ім’я" : "Your name";
    public string Email => _uk ? "Ваша електронна адреса" : "Your e-mail address";
    public string Organisation => _uk ? "Організація (необов’язково)" : "Organisation (optional)";
    public string Required => _uk ? "обов’язково" : "required";
    public string ConsentText => _uk
        ? "Я погоджуюся, що платформа передасть моє повідомлення, ім’я та електронну адресу одержувачу запиту."
        : "I agree that the platform passes my message, name and e-mail address to the recipient of the inquiry.";
    public string Honeypot => _uk ? "Не заповнюйте це поле" : "Leave this field empty";
    public string Send => _uk ? "Надіслати запит" : "Send inquiry";
    public string ErrorsTitle => _uk ? "Запит не надіслано. Виправте, будь ласка:" : "The inquiry was not sent. Please correct:";
    public string Error => _uk ? "Помилка" : "Error";
    public string SentTitle => _uk ? "Запит надіслано" : "Inquiry sent";
    public string SentText => _uk
        ? "Дякуємо! Платформа переслала ваш запит. Відповідь надійде на вказану вами електронну адресу."
        : "Thank you! The platform has forwarded your inquiry. The reply will come to the e-mail address you gave.";
    public string BackTo => _uk ? "Повернутися до сторінки «{0}»" : "Back to “{0}”";
    public string LocalBusinesses => _uk ? "Місцевий бізнес і проєкти" : "Local businesses and projects";
    public string AllBusinesses => _uk ? "Увесь бізнес-каталог громади" : "The municipality's whole business catalog";

    public string FieldError(string field, bool tooMany) => tooMany
        ? (_uk ? "Забагато запитів. Спробуйте, будь ласка, пізніше." : "Too many inquiries. Please try again later.")
        : field switch
        {
            "subject" => _uk ? "Вкажіть тему (до 200 знаків)." : "Enter a subject (up to 200 characters).",
            "message" => _uk ? "Напишіть повідомлення (до 10 000 знаків)." : "Write a message (up to 10,000 characters).",
            "fromName" => _uk ? "Вкажіть ваше ім’я." : "Enter your name.",
            "fromEmail" => _uk ? "Вкажіть електронну адресу у форматі name@example.org." : "Enter an e-mail address like name@example.org.",
            "fromOrganisation" => _uk ? "Назва організації задовга." : "The organisation name is too long.",
            "consentGiven" => _uk ? "Позначте згоду, щоб ми могли переслати запит." : "Tick the consent so that we can forward the inquiry.",
            _ => _uk ? "Форму не прийнято. Спробуйте ще раз." : "The form could not be accepted. Please try again.",
        };

    public string StageName(string stage) => (stage, _uk) switch
    {
        ("idea", true) => "Ідея",
        ("idea", false) => "Idea",
        ("feasibility", true) => "ТЕО",
        ("feasibility", false) => "Feasibility study",
        ("readyToBuild", true) => "Готовий до будівництва",
        ("readyToBuild", false) => "Ready to build",
        ("operating", true) => "Діє",
        ("operating", false) => "Operating",
        _ => stage,
    };

    public string StatusName(string status) => (status, _uk) switch
    {
        ("open", true) => "Відкритий",
        ("open", false) => "Open",
        ("funded", true) => "Профінансовано",
        ("funded", false) => "Funded",
        _ => status,
    };

    public string SizeName(string size) => (size, _uk) switch
    {
        ("micro", true) => "Мікропідприємство",
        ("micro", false) => "Micro",
        ("small", true) => "Мале",
        ("small", false) => "Small",
        ("medium", true) => "Середнє",
        ("medium", false) => "Medium",
        ("large", true) => "Велике",
        ("large", false) => "Large",
        _ => size,
    };
}
