using SisterCities.Cms.Data;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// <see cref="LiveCmsServer"/> on a fresh PostgreSQL database (created on the server named by
/// SISTERCITIES_TEST_POSTGRES, dropped on dispose). Without that variable the fixture, and so every test using it,
/// fails with a message; it is never skipped.
/// </summary>
public sealed class LivePostgresCmsServer : LiveCmsServer
{
    public LivePostgresCmsServer()
        : base(DatabaseProvider.Postgres)
    {
    }
}
