using Microsoft.EntityFrameworkCore;

namespace SisterCities.Cms.Data;

public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options, TimeProvider? clock = null)
    : CmsDbContext(options, clock)
{
    public const string MigrationsAssembly = "SisterCities.Migrations.Postgres";

    public override string UkrainianCollation => UkrainianOrder.PostgresCollation;
}
