namespace SisterCities.Tests.Infrastructure;

/// <summary>Browser tests share one Chromium (starting it costs about a second) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Browser";
}
