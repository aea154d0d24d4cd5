using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Catalog.PublicPages;

/// <summary>The catalog and events pages in Chromium on a fresh PostgreSQL database.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CatalogPagesInBrowserOnPostgresTests(ChromiumBrowser chromium, LivePostgresCmsServer server)
    : CatalogPagesInBrowserTests(chromium, server, DatabaseProvider.Postgres), IClassFixture<LivePostgresCmsServer>;
