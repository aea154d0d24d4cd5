using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Workflow;

/// <summary>The database itself refuses to change or remove audit rows, whoever asks (raw SQL, EF Core, another tool).</summary>
public sealed class AuditLogGuardTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Update_and_delete_of_an_audit_row_fail_and_the_row_stays_as_written(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var id = await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            sp.GetRequiredService<AuditTrail>().Record(bed.LvivId, null, AuditActions.Published, "subject-1", "uk", "оригінал");
            await db.SaveChangesAsync();
            return await db.Set<AuditEntry>().Where(a => a.Subject == "subject-1").Select(a => a.Id).SingleAsync();
        });

        var statements = new[]
        {
            $"UPDATE audit_log SET \"Detail\" = 'підроблено' WHERE \"Id\" = {id}",
            $"UPDATE audit_log SET \"ActorName\" = 'хтось інший'",
            $"DELETE FROM audit_log WHERE \"Id\" = {id}",
            "DELETE FROM audit_log",
        };
        foreach (var sql in statements)
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Database.ExecuteSqlRawAsync(sql)));
            Assert.True(error is SqliteException or PostgresException, $"{sql}: {error.GetType().Name}");
            Assert.Contains(AuditLogGuard.Message, error.Message, StringComparison.Ordinal);
        }

        if (provider == DatabaseProvider.Postgres)
        {
            var truncate = await Assert.ThrowsAsync<PostgresException>(() => bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Database.ExecuteSqlRawAsync("TRUNCATE audit_log")));
            Assert.Contains(AuditLogGuard.Message, truncate.Message, StringComparison.Ordinal);
        }

        // Through EF Core too.
        await Assert.ThrowsAsync<DbUpdateException>(() => bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            db.Remove(await db.Set<AuditEntry>().SingleAsync(a => a.Id == id));
            await db.SaveChangesAsync();
        }));

        var row = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal("оригінал", row.Detail);
        Assert.Equal("System", row.ActorName);
        Assert.Equal(AuditActions.Published, row.Action);

        // Appending still works.
        await bed.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<AuditTrail>().Record(bed.LvivId, null, AuditActions.Unpublished, "subject-1");
            await sp.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });
        Assert.Equal(2, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().CountAsync(a => a.Subject == "subject-1")));
    }
}
