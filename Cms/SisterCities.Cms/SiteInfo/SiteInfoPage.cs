using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.SiteInfo;

/// <summary>
/// A statement page every site has (linked from the footer, not the menu). The text describes what this software
/// actually does, so it stays true for every city without an editor having to write it; content published at the
/// same path replaces it.
/// </summary>
internal abstract class SiteInfoPage : ISitePage
{
    public abstract string UrlPath { get; }

    public string ViewName => ThemeViewNames.SiteInfo;

    public bool InMenu => false;

    public abstract string Title(string culture);

    protected abstract (string Summary, IReadOnlyList<SiteInfoSection> Sections) Text(string siteName, string culture);

    public Task<PublicPageModel?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken)
    {
        var (summary, sections) = Text(request.Site.NameIn(request.Culture), request.Culture);
        return Task.FromResult<PublicPageModel?>(new SiteInfoPageModel
        {
            Theme = request.Theme,
            Culture = request.Culture,
            Text = UiText.For(request.Culture),
            Title = Title(request.Culture),
            HomeUrl = request.Links.Home(request.Culture),
            Summary = summary,
            Sections = sections,
        });
    }
}
