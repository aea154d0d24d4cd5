namespace SisterCities.Cms.PublicSite;

/// <summary>
/// Every fixed string of the public pages, per culture, in one place. Content comes from editors; these are
/// only the labels around it. A culture without its own entry (a partner language) falls back to English.
/// </summary>
public sealed record UiText
{
    public required string Culture { get; init; }
    public required string SkipToContent { get; init; }
    public required string MainNavigation { get; init; }
    public required string Home { get; init; }
    public required string LanguageSwitch { get; init; }
    public required string CoatOfArmsOf { get; init; }
    public required string LatestNews { get; init; }
    public required string AllNews { get; init; }
    public required string NoNews { get; init; }
    public required string Services { get; init; }
    public required string Tags { get; init; }
    public required string DemoContent { get; init; }
    public required string HowToApply { get; init; }
    public required string OnlineService { get; init; }
    public required string StartsAt { get; init; }
    public required string EndsAt { get; init; }
    public required string Venue { get; init; }
    public required string Pagination { get; init; }

    /// <summary>The label of the news archive by month.</summary>
    public required string NewsArchive { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string PageNumber { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string BackHome { get; init; }
    public required string FooterNetwork { get; init; }

    /// <summary>The banner over a backoffice preview of a draft.</summary>
    public required string PreviewBanner { get; init; }
    public required string NetworkIntro { get; init; }
    public required string CitySearchLabel { get; init; }
    public required string CitySearchButton { get; init; }
    public required string CitiesFound { get; init; }
    public required string NoCitiesFound { get; init; }
    public required string Cities { get; init; }

    public static UiText Ukrainian { get; } = new()
    {
        Culture = "uk",
        SkipToContent = "Перейти до основного вмісту",
        MainNavigation = "Головне меню",
        Home = "Головна",
        LanguageSwitch = "Мова сайту",
        CoatOfArmsOf = "Герб: {0}",
        LatestNews = "Останні новини",
        AllNews = "Усі новини",
        NoNews = "Новин поки немає.",
        Services = "Послуги",
        Tags = "Теги",
        DemoContent = "Демонстраційний вміст",
        HowToApply = "Як отримати послугу",
        OnlineService = "Отримати послугу онлайн",
        StartsAt = "Початок",
        EndsAt = "Завершення",
        Venue = "Місце",
        Pagination = "Сторінки новин",
        NewsArchive = "Архів новин за місяцями",
        PreviousPage = "Попередня сторінка",
        NextPage = "Наступна сторінка",
        PageNumber = "Сторінка {0}",
        NotFoundTitle = "Сторінку не знайдено",
        NotFoundText = "За цією адресою нічого немає. Можливо, сторінку перенесли або адресу введено з помилкою.",
        ErrorTitle = "Сталася помилка",
        ErrorText = "Не вдалося показати сторінку. Спробуйте ще раз трохи згодом.",
        BackHome = "На головну",
        FooterNetwork = "Сайт громади в мережі SisterCities",
        PreviewBanner = "Попередній перегляд — не опубліковано",
        NetworkIntro = "Мережа сайтів українських громад. Оберіть свою громаду.",
        CitySearchLabel = "Пошук громади за назвою",
        CitySearchButton = "Шукати",
        CitiesFound = "Знайдено громад: {0}",
        NoCitiesFound = "Жодна громада не відповідає запиту.",
        Cities = "Громади мережі",
    };

    public static UiText English { get; } = new()
    {
        Culture = "en",
        SkipToContent = "Skip to main content",
        MainNavigation = "Main menu",
        Home = "Home",
        LanguageSwitch = "Site language",
        CoatOfArmsOf = "Coat of arms: {0}",
        LatestNews = "Latest news",
        AllNews = "All news",
        NoNews = "No news yet.",
        Services = "Services",
        Tags = "Tags",
        DemoContent = "Demo content",
        HowToApply = "How to apply",
        OnlineService = "Apply online",
        StartsAt = "Starts",
        EndsAt = "Ends",
        Venue = "Venue",
        Pagination = "News pages",
        NewsArchive = "News archive by month",
        PreviousPage = "Previous page",
        NextPage = "Next page",
        PageNumber = "Page {0}",
        NotFoundTitle = "Page not found",
        NotFoundText = "There is nothing at this address. The page may have moved, or the address may be mistyped.",
        ErrorTitle = "Something went wrong",
        ErrorText = "The page could not be shown. Please try again a little later.",
        BackHome = "Go to the home page",
        FooterNetwork = "A community website in the SisterCities network",
        PreviewBanner = "Preview — not published",
        NetworkIntro = "A network of websites of Ukrainian communities. Choose your community.",
        CitySearchLabel = "Find a community by name",
        CitySearchButton = "Search",
        CitiesFound = "Communities found: {0}",
        NoCitiesFound = "No community matches the search.",
        Cities = "Communities of the network",
    };

    /// <summary>Names of languages in themselves, for the language switch.</summary>
    public static IReadOnlyDictionary<string, string> LanguageNames { get; } = new Dictionary<string, string>
    {
        ["uk"] = "Українська",
        ["en"] = "English",
        ["pl"] = "Polski",
        ["de"] = "Deutsch",
        ["fr"] = "Français",
        ["lt"] = "Lietuvių",
        ["cs"] = "Čeština",
    };

    public static UiText For(string culture) => culture == "uk" ? Ukrainian : English;

    public static string LanguageName(string culture) => LanguageNames.GetValueOrDefault(culture, culture.ToUpperInvariant());
}
