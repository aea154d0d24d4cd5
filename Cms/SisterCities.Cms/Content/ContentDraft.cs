using System.Text.Json.Nodes;

namespace SisterCities.Cms.Content;

/// <summary>What an author submits for one culture of an item.</summary>
/// <param name="Name">The item's name in that culture.</param>
/// <param name="Slug">Optional URL segment; derived from the name when empty.</param>
/// <param name="Values">Property values keyed by alias.</param>
public sealed record ContentDraft(string Name, string? Slug, JsonObject Values);

/// <summary>Who makes a change; recorded on every version.</summary>
public sealed record ContentAuthor(string? Id, string Name)
{
    public static readonly ContentAuthor System = new(null, "System");
}
