using Acs.Core.Access;
using Acs.Core.Devices;
using Acs.Core.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Acs.Core.Persistence;

/// <summary>
/// The ACS database. The model stays provider-neutral (no SQLite-only types or SQL) so the same model
/// runs on PostgreSQL; times are UTC <see cref="DateTime"/>s because SQLite cannot compare DateTimeOffset.
/// </summary>
public sealed class AcsDbContext(DbContextOptions<AcsDbContext> options) : DbContext(options)
{
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<DeviceParameter> Parameters => Set<DeviceParameter>();
    public DbSet<DeviceEvent> Events => Set<DeviceEvent>();
    public DbSet<DeviceTask> Tasks => Set<DeviceTask>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Device>(device =>
        {
            device.ToTable("devices");
            device.HasKey(d => d.Id);
            device.Property(d => d.Id).HasMaxLength(400);
            device.HasIndex(d => d.SerialNumber);
            device.HasIndex(d => d.MacAddress);
            device.HasIndex(d => d.LastInform);
            device.HasIndex(d => d.CwmpUsername);
        });

        modelBuilder.Entity<DeviceParameter>(parameter =>
        {
            parameter.ToTable("device_parameters");
            parameter.HasKey(p => new { p.DeviceId, p.Name });
            parameter.Property(p => p.Name).HasMaxLength(512);
            parameter.HasOne<Device>().WithMany().HasForeignKey(p => p.DeviceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DeviceEvent>(e =>
        {
            e.ToTable("device_events");
            e.HasIndex(x => new { x.DeviceId, x.Id });
            e.HasOne<Device>().WithMany().HasForeignKey(x => x.DeviceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DeviceTask>(task =>
        {
            task.ToTable("tasks");
            task.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
            task.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
            task.Ignore(t => t.IsOpen);
            task.HasIndex(t => new { t.DeviceId, t.State, t.Id });
            task.HasIndex(t => new { t.State, t.Id });
            task.HasIndex(t => t.BatchId);
            task.HasOne<Device>().WithMany().HasForeignKey(t => t.DeviceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ApiKey>(key =>
        {
            key.ToTable("api_keys");
            key.Property(k => k.Role).HasConversion<string>().HasMaxLength(16);
            key.HasIndex(k => k.SecretHash).IsUnique();
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
