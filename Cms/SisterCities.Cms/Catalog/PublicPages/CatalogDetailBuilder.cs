using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Media;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// Showroom and project pages and the page after an inquiry. Everything comes from <see cref="PublicCatalog"/>, whose
/// views never carry a contact e-mail or phone, so none can reach the HTML. A business outside the scope (another
/// city's, on a city site) or not public is a 404, as is a path whose slug is not the record's current one.
/// </summary>
public sealed class CatalogDetailBuilder(PublicCatalog catalog, CatalogImages images, CatalogListBuilder lists, MediaItemLookup media)
{
    public async Task<PublicPageModel?> ShowroomAsync(CatalogScope scope, string segment, bool sent, CancellationToken cancellationToken)
    {
        var culture = scope.Culture;
        if (CatalogPaths.IdOf(segment) is not { } id || await catalog.BusinessAsync(id, culture, cancellationToken) is not { } business
            || (scope.Site is not null && business.Municipality?.Key != scope.Site.Key)
            || CatalogPaths.SlugWithId(business.DisplayName, id) != segment)
        {
            return null;
        }

        var words = new CatalogWords(culture);
        var path = CatalogPaths.Business(id, business.DisplayName);
        if (sent)
        {
            return Sent(scope, words, path, business.DisplayName);
        }

        var showroom = await catalog.ShowroomAsync(id, culture, cancellationToken);
        var cards = new List<ShowroomCard>();
        foreach (var item in showroom?.Items ?? [])
        {
            var pictures = new List<PublicImage>();
            foreach (var key in item.Images)
            {
                if (await images.CardAsync(key, culture, cancellationToken) is { } picture)
                {
                    pictures.Add(picture);
                }
            }

            cards.Add(new ShowroomCard(
                "item-" + item.Id.ToString("N", CultureInfo.InvariantCulture)[..8], item.Kind, item.Name, item.Description, item.Activity?.Name,
                PriceText(item, culture), item.MinimumOrder, item.AvailableForExport, pictures, item));
        }

        var cover = showroom?.Cover is { } coverImage ? await images.CoverAsync(coverImage.MediaKey, culture, cancellationToken) : null;
        var gallery = new List<PublicImage>();
        foreach (var image in showroom?.Gallery ?? [])
        {
            if (await images.GalleryAsync(image.MediaKey, culture, cancellationToken) is { } picture)
            {
                gallery.Add(picture);
            }
        }

        var logo = business.Logo is { } logoKey ? await images.LogoAsync(logoKey, culture, cancellationToken) : null;
        string? absoluteLogo = null;
        if (business.Logo is { } key2 && logo is not null && await media.FindAsync(key2, null, cancellationToken) is { } logoItem)
        {
            var request = scope.Http.Request;
            absoluteLogo = $"{request.Scheme}://{request.Host.ToUriComponent()}{MediaUrls.OriginalPath(logoItem)}";
        }

        return new ShowroomModel
        {
            Theme = scope.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = business.DisplayName,
            HomeUrl = scope.HomeUrl,
            ViewName = ThemeViewNames.Showroom,
            Words = words,
            Business = business,
            Place = CatalogListBuilder.Place(business.Municipality, business.ForeignCity, business.Country, culture),
            Logo = logo,
            Cover = cover,
            Gallery = gallery,
            Items = cards,
            Projects = business.Projects.Select(p => lists.Card(scope, p)).ToList(),
            ExportMarketNames = business.ExportMarkets.Select(c => CountryNamesUk.NameIn(c, culture)).ToList(),
            Form = FormFor(scope, path, words),
            CatalogUrl = scope.Href(CatalogPaths.Root),
            AbsoluteUrl = scope.Absolute(path),
            AbsoluteLogoUrl = absoluteLogo,
            StatusCode = FormState(scope)?.StatusCode ?? 200,
        };
    }

    public async Task<PublicPageModel?> ProjectAsync(CatalogScope scope, string segment, bool sent, CancellationToken cancellationToken)
    {
        var culture = scope.Culture;
        if (CatalogPaths.IdOf(segment) is not { } id || await catalog.ProjectAsync(id, culture, cancellationToken) is not { } project
            || (scope.Site is not null && !await catalog.ProjectsOfSite(catalog.VisibleProjects(), scope.Site.Id).AnyAsync(p => p.Id == id, cancellationToken))
            || id.ToString("D", System.Globalization.CultureInfo.InvariantCulture) != segment)
        {
            return null;
        }

        var words = new CatalogWords(culture);
        var path = CatalogPaths.Project(id);
        if (sent)
        {
            return Sent(scope, words, path, project.Title);
        }

        string? ownerUrl = null;
        if (project.BusinessId is { } businessId && project.BusinessName is not null
            && (scope.Site is null || (await catalog.BusinessAsync(businessId, culture, cancellationToken))?.Municipality?.Key == scope.Site.Key))
        {
            ownerUrl = scope.Href(CatalogPaths.Business(businessId, project.BusinessName));
        }

        return new ProjectPageModel
        {
            Theme = scope.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = project.Title,
            HomeUrl = scope.HomeUrl,
            ViewName = ThemeViewNames.ProjectPage,
            Words = words,
            Project = project,
            Amount = CatalogListBuilder.Money(project.AmountSought, project.Currency, culture),
            Place = project.Location?.Name,
            OwnerName = project.BusinessName ?? project.OwnerMunicipality?.Name,
            OwnerUrl = ownerUrl,
            Form = FormFor(scope, path, words),
            ProjectsUrl = scope.Href(CatalogPaths.Projects),
            AbsoluteUrl = scope.Absolute(path),
            StatusCode = FormState(scope)?.StatusCode ?? 200,
        };
    }

    private static InquirySentModel Sent(CatalogScope scope, CatalogWords words, string path, string name) => new()
    {
        Theme = scope.Theme,
        Culture = scope.Culture,
        Text = UiText.For(scope.Culture),
        Title = words.SentTitle,
        HomeUrl = scope.HomeUrl,
        ViewName = ThemeViewNames.InquirySent,
        Words = words,
        BackUrl = scope.Href(path),
        BackName = name,
    };

    /// <summary>The form as it came back from a failed post (kept in the request), or empty.</summary>
    private static InquiryForm FormFor(CatalogScope scope, string path, CatalogWords words)
    {
        var action = scope.Href(path);
        return FormState(scope) is { } posted
            ? new InquiryForm { Action = action, Words = words, Values = posted.Values, Errors = posted.Errors, StatusCode = posted.StatusCode }
            : new InquiryForm { Action = action, Words = words };
    }

    private static InquiryForm? FormState(CatalogScope scope) => scope.Http.Items[InquiryForm.ItemsKey] as InquiryForm;

    private static string? PriceText(ShowroomItemView item, string culture)
    {
        if (item.PriceCurrency is not { } currency || (item.PriceMin is null && item.PriceMax is null))
        {
            return null;
        }

        var format = CultureInfo.GetCultureInfo(culture == "uk" ? "uk-UA" : "en-GB");
        string N(decimal value) => value.ToString("#,0.##", format);
        return (item.PriceMin, item.PriceMax) switch
        {
            ({ } min, { } max) when min == max => $"{N(min)} {currency}",
            ({ } min, { } max) => $"{N(min)}–{N(max)} {currency}",
            ({ } min, null) => (culture == "uk" ? "від " : "from ") + $"{N(min)} {currency}",
            (null, { } max) => (culture == "uk" ? "до " : "up to ") + $"{N(max)} {currency}",
            _ => null,
        };
    }
}
