namespace SisterCities.Tests.Infrastructure;

/// <summary>What the server saw of one request: the Host header, the path, the site it resolved to and the status.</summary>
public sealed record RecordedRequest(string Host, string Path, string? SiteKey, int StatusCode);
