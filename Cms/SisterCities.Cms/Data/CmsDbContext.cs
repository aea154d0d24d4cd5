using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;

namespace SisterCities.Cms.Data;

/// <summary>
/// The one database of the network. Each provider has a subclass (see <see cref="SqliteCmsDbContext"/>,
/// <see cref="PostgresCmsDbContext"/>) so that each keeps its own migration set.
/// Entity configuration lives beside each entity and is picked up from this assembly; the Identity store
/// (backoffice and business accounts) shares the database, its tables renamed in <see cref="Accounts.IdentityTableNames"/>.
/// </summary>
public abstract class CmsDbContext : IdentityDbContext<CmsUser, IdentityRole, string>, IDataProtectionKeyContext
{
    protected CmsDbContext(DbContextOptions options, TimeProvider? clock) : base(options)
    {
        Clock = clock ?? TimeProvider.System;
    }

    /// <summary>The collation that sorts names in Ukrainian alphabetical order on this provider (<see cref="UkrainianOrder"/>).</summary>
    public abstract string UkrainianCollation { get; }

    /// <summary>The clock for timestamps written by the context itself (feed rows).</summary>
    public TimeProvider Clock { get; }

    public DbSet<ChangeFeedEntry> ChangeFeed => Set<ChangeFeedEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeFeedRecorder.AppendEntries(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeFeedRecorder.AppendEntries(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
