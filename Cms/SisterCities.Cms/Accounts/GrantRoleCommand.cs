using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Accounts;

/// <summary><c>users grant &lt;email&gt; &lt;site-key&gt; &lt;Author|Editor|SiteAdmin&gt;</c>: gives an existing user a role on a site.</summary>
public sealed class GrantRoleCommand(AccountAdministration accounts, UserManager<CmsUser> users, CmsDbContext db) : ICliCommand
{
    public string Name => "users grant";

    public string Usage => "users grant <email> <site-key> <role>";

    public string Description => "Gives a user a role (Author, Editor, SiteAdmin) on one site.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 3 || !Enum.TryParse<SiteRole>(arguments[2], ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var user = await users.FindByEmailAsync(arguments[0]);
        var site = await db.Set<Site>().AsNoTracking().SingleOrDefaultAsync(s => s.Key == arguments[1], cancellationToken);
        if (user is null || site is null)
        {
            await output.WriteLineAsync(user is null ? $"No user with e-mail {arguments[0]}." : $"No site with key {arguments[1]}.");
            return 1;
        }

        await accounts.GrantAsync(user.Id, site.Id, role, actor: null, cancellationToken);
        await output.WriteLineAsync($"{user.Email} is now {role} of {site.Key}.");
        return 0;
    }
}
