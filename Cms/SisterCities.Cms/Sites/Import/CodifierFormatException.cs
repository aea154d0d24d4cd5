namespace SisterCities.Cms.Sites.Import;

/// <summary>The file is not a KATOTTG codifier at all (wrong header, not text): nothing can be imported from it.</summary>
public sealed class CodifierFormatException(string message) : Exception(message);
