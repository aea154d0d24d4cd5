using System.Text.Json.Nodes;
using SisterCities.Cms.Content;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Backoffice.Models;

/// <summary>The draft of one culture as the preview page shows it.</summary>
public sealed record PreviewModel(SiteSummary Site, ContentType Type, ContentVariant Variant, ContentVersion Draft, JsonObject Values);
