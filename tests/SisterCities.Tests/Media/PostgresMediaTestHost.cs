using SisterCities.Cms.Data;

namespace SisterCities.Tests.Media;

/// <summary>The media test host on a fresh PostgreSQL database.</summary>
public sealed class PostgresMediaTestHost() : MediaTestHost(DatabaseProvider.Postgres);
