namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record PortalMessage(string Title, string Text, IReadOnlyDictionary<string, string[]>? Errors = null);
