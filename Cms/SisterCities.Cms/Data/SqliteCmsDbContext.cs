using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SisterCities.Cms.Data;

public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options, TimeProvider? clock = null)
    : CmsDbContext(options, clock)
{
    public const string MigrationsAssembly = "SisterCities.Migrations.Sqlite";

    public override string UkrainianCollation => UkrainianOrder.SqliteCollation;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite cannot compare or sort DateTimeOffset text in SQL; stored as a number (every value is UTC,
        // so the encoding sorts in time order) date filters and "newest first" run in the database.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
