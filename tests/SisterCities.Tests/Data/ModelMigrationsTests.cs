using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Data;

public sealed class ModelMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Model_has_no_changes_missing_from_the_providers_migrations(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            Assert.False(db.Database.HasPendingModelChanges(), $"Run Migrations/regenerate.sh: the {provider} migrations lag behind the model.");
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        });
    }
}
