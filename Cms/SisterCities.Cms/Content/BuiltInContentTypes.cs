using Microsoft.EntityFrameworkCore;
using static SisterCities.Cms.Content.ContentTypeAliases;

namespace SisterCities.Cms.Content;

/// <summary>
/// The content types seeded into every database. They are data: editors may add types later, and this
/// list only adds what is missing (running it twice changes nothing).
/// </summary>
public static class BuiltInContentTypes
{
    public static IReadOnlyList<ContentType> All { get; } =
    [
        new()
        {
            Alias = Home, NameUk = "Головна сторінка", NameEn = "Home page", AllowedAtRoot = true,
            AllowedChildren = [Page, NewsList, Service, Event, Alert],
            Properties =
            [
                P("intro", "Вступ", "Introduction", PropertyEditors.TextArea, maxLength: 1000),
                P("body", "Текст", "Body", PropertyEditors.RichText),
                P("contactAddress", "Адреса", "Address", PropertyEditors.TextArea, maxLength: 500),
                P("contactPhone", "Телефон", "Phone", PropertyEditors.Text, maxLength: 50),
                P("contactEmail", "Ел. пошта", "Email", PropertyEditors.Text, maxLength: 200),
            ],
        },
        new()
        {
            Alias = Page, NameUk = "Сторінка", NameEn = "Page", AllowedChildren = [Page, Service],
            Properties =
            [
                P("summary", "Короткий опис", "Summary", PropertyEditors.TextArea, maxLength: 1000),
                P("body", "Текст", "Body", PropertyEditors.RichText),
                FormProperty,
            ],
        },
        new()
        {
            Alias = NewsList, NameUk = "Новини", NameEn = "News", AllowedChildren = [NewsArticle],
            Properties = [P("intro", "Вступ", "Introduction", PropertyEditors.TextArea, maxLength: 1000)],
        },
        new()
        {
            Alias = NewsArticle, NameUk = "Новина", NameEn = "News article",
            Properties =
            [
                P("summary", "Короткий опис", "Summary", PropertyEditors.TextArea, required: true, maxLength: 600),
                P("body", "Текст", "Body", PropertyEditors.RichText, required: true),
                P("image", "Зображення", "Image", PropertyEditors.Media),
                P("tags", "Теги", "Tags", PropertyEditors.Tags),
                P("isDemo", "Демонстраційний вміст", "Demo content", PropertyEditors.Boolean),
                P("relatedNews", "Пов'язані новини", "Related news", PropertyEditors.ContentPicker),
                FormProperty,
            ],
        },
        new()
        {
            Alias = Event, NameUk = "Подія", NameEn = "Event",
            Properties =
            [
                P("summary", "Короткий опис", "Summary", PropertyEditors.TextArea, maxLength: 600),
                P("body", "Текст", "Body", PropertyEditors.RichText),
                P("startsAt", "Початок", "Starts at", PropertyEditors.DateTime, required: true),
                P("endsAt", "Кінець", "Ends at", PropertyEditors.DateTime),
                P("venue", "Місце", "Venue", PropertyEditors.Text, maxLength: 300),
                FormProperty,
            ],
        },
        new()
        {
            Alias = Service, NameUk = "Послуга", NameEn = "Service",
            Properties =
            [
                P("summary", "Короткий опис", "Summary", PropertyEditors.TextArea, required: true, maxLength: 600),
                P("body", "Текст", "Body", PropertyEditors.RichText),
                P("howToApply", "Як отримати", "How to apply", PropertyEditors.RichText),
                P("onlineUrl", "Онлайн-послуга", "Online service", PropertyEditors.Url),
                FormProperty,
            ],
        },
        new()
        {
            Alias = Alert, NameUk = "Оголошення про надзвичайну ситуацію", NameEn = "Emergency alert",
            Properties =
            [
                P("message", "Повідомлення", "Message", PropertyEditors.TextArea, required: true, maxLength: 500),
                P("severity", "Рівень", "Severity", PropertyEditors.Text, required: true, maxLength: 20),
                P("expiresAt", "Діє до", "Expires at", PropertyEditors.DateTime),
            ],
        },
    ];

    /// <summary>Adds the built-in types that the database lacks, and built-in properties its built-in types lack; returns how many types were added.</summary>
    public static async Task<int> EnsureAsync(Data.CmsDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Set<ContentType>().ToListAsync(cancellationToken);
        foreach (var type in stored)
        {
            // A property added to a built-in type in a later release (e.g. "form") reaches existing databases too.
            var builtIn = All.FirstOrDefault(t => t.Alias == type.Alias);
            var added = builtIn?.Properties.Where(p => type.Property(p.Alias) is null).ToList() ?? [];
            if (added.Count > 0)
            {
                type.Properties = [.. type.Properties, .. added];
            }
        }

        var existing = stored.Select(t => t.Alias).ToList();
        var missing = All.Where(t => !existing.Contains(t.Alias)).ToList();
        foreach (var type in missing)
        {
            db.Add(new ContentType
            {
                Alias = type.Alias,
                NameUk = type.NameUk,
                NameEn = type.NameEn,
                AllowedAtRoot = type.AllowedAtRoot,
                VariesByCulture = type.VariesByCulture,
                AllowedChildren = [.. type.AllowedChildren],
                Properties = [.. type.Properties],
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    /// <summary>A form placed on the page (Forms/Placement): the key of a form of the site or of the network.</summary>
    private static PropertyType FormProperty => P("form", "Форма", "Form", PropertyEditors.Form);

    private static PropertyType P(string alias, string nameUk, string nameEn, string editor, bool required = false, int? maxLength = null) =>
        new() { Alias = alias, NameUk = nameUk, NameEn = nameEn, Editor = editor, Required = required, MaxLength = maxLength };
}
