using SisterCities.Cms.Accounts;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Backoffice.Models;

public sealed record MembersModel(SiteSummary Site, IReadOnlyList<(string UserId, string Email, string Name, SiteRole Role)> Members, string? Notice, IReadOnlyList<string> Errors);
