using System.Text.Json.Nodes;

namespace SisterCities.Tests.PublicSite;

/// <summary>One culture of an item to create in a test.</summary>
public sealed record TestVariant(string Culture, string Name, string? Slug = null, JsonObject? Values = null);
