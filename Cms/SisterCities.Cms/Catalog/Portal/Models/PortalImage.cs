namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>An image or document already attached, with the address of its stored (cleaned) original.</summary>
public sealed record PortalImage(Guid Key, string Url, string FileName, string? Alt);
