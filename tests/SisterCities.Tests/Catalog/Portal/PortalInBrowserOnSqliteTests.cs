using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>The business journey in Chromium on a SQLite file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalInBrowserOnSqliteTests(ChromiumBrowser chromium, LiveCmsServer server)
    : PortalInBrowserTests(chromium, server, DatabaseProvider.Sqlite), IClassFixture<LiveCmsServer>;
