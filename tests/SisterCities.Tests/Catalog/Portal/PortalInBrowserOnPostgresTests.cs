using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>The business journey in Chromium on a fresh PostgreSQL database.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalInBrowserOnPostgresTests(ChromiumBrowser chromium, LivePostgresCmsServer server)
    : PortalInBrowserTests(chromium, server, DatabaseProvider.Postgres), IClassFixture<LivePostgresCmsServer>;
