using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SisterCities.Cms.Data;

namespace SisterCities.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --project Migrations/Postgres</c> build the model without a server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresCmsDbContext>
{
    public PostgresCmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCmsDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsAssembly(PostgresCmsDbContext.MigrationsAssembly))
            .Options);
}
