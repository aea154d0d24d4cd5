using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Catalog.PublicPages;

/// <summary>The catalog and events pages in Chromium on a SQLite file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogPagesInBrowserOnSqliteTests(ChromiumBrowser chromium, LiveCmsServer server)
    : CatalogPagesInBrowserTests(chromium, server, DatabaseProvider.Sqlite), IClassFixture<LiveCmsServer>;
