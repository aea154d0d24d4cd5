namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>The signed-in account's page: who they are and the change-password form.</summary>
public sealed record AccountModel(string Name, string Email, FormErrors Errors, string? Notice = null);
