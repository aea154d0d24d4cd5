namespace SisterCities.Cms.Backoffice.Models;

/// <summary>A page that only says something: a refusal, a confirmation.</summary>
public sealed record MessageModel(string Title, string Text, IReadOnlyDictionary<string, string[]>? Errors = null, string? BackUrl = null);
