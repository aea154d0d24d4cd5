using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Backoffice.Models;

/// <summary>A site's content tree with what can be created where.</summary>
public sealed record TreeModel(SiteSummary Site, SiteRole Role, IReadOnlyList<TreeNode> Roots, IReadOnlyList<TreeNode> Trash, IReadOnlyList<ContentType> Types);

public sealed record TreeNode(Guid Key, string Name, string TypeAlias, bool Trashed, IReadOnlyList<(string Culture, ContentState State, bool Live)> Cultures)
{
    public List<TreeNode> Children { get; } = [];
}
