using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SisterCities.Cms.Data;

namespace SisterCities.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --project Migrations/Sqlite</c> build the model without the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteCmsDbContext>
{
    public SqliteCmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCmsDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(SqliteCmsDbContext.MigrationsAssembly))
            .Options);
}
