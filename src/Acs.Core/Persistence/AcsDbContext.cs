using Acs.Core.Access;
using Acs.Core.Devices;
using Acs.Core.Phones;
using Acs.Core.Files;
using Acs.Core.Tasks;
using Acs.Core.Webhooks;
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
    public DbSet<PhoneProfileLayer> ProfileLayers => Set<PhoneProfileLayer>();
    public DbSet<FirmwarePath> FirmwarePaths => Set<FirmwarePath>();
    public DbSet<PhoneReport> PhoneReports => Set<PhoneReport>();
    public DbSet<DeviceTag> Tags => Set<DeviceTag>();
    public DbSet<DeviceFault> DeviceFaults => Set<DeviceFault>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<Tracing.TraceEntry> TraceEntries => Set<Tracing.TraceEntry>();

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

            // The API's keyset pagination walks Id within each filter, so each filter column leads an index ending in Id.
            device.HasIndex(d => new { d.Oui, d.Id });
            device.HasIndex(d => new { d.ProductClass, d.Id });
            device.HasIndex(d => new { d.SoftwareVersion, d.Id });
        });

        modelBuilder.Entity<DeviceParameter>(parameter =>
        {
            parameter.ToTable("device_parameters");
            parameter.HasKey(p => new { p.DeviceId, p.Name });
            parameter.Property(p => p.Name).HasMaxLength(512);
            parameter.HasIndex(p => new { p.Name, p.Value });
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

        modelBuilder.Entity<PhoneProfileLayer>(layer =>
        {
            layer.ToTable("profile_layers");
            layer.HasKey(l => new { l.Scope, l.Key });
            layer.Property(l => l.Scope).HasMaxLength(16);
            layer.Property(l => l.Key).HasMaxLength(200);
            layer.Ignore(l => l.Name);
        });

        modelBuilder.Entity<FirmwarePath>(path =>
        {
            path.ToTable("firmware_paths");
            path.HasKey(p => p.ProductName);
            path.Property(p => p.ProductName).HasMaxLength(200);
        });

        modelBuilder.Entity<PhoneReport>(report =>
        {
            report.ToTable("phone_reports");
            report.HasIndex(r => new { r.DeviceId, r.Id });
            report.HasOne<Device>().WithMany().HasForeignKey(r => r.DeviceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DeviceTag>(tag =>
        {
            tag.ToTable("device_tags");
            tag.HasKey(t => new { t.DeviceId, t.Tag });
            tag.Property(t => t.Tag).HasMaxLength(64);
            tag.HasIndex(t => new { t.Tag, t.DeviceId });
            tag.HasOne<Device>().WithMany().HasForeignKey(t => t.DeviceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Tracing.TraceEntry>(entry =>
        {
            entry.ToTable("trace_entries");
            entry.Property(t => t.SessionId).HasMaxLength(64);
            entry.HasIndex(t => new { t.DeviceId, t.Id });
            entry.HasIndex(t => t.ExpiresAt);
            entry.HasOne<Device>().WithMany().HasForeignKey(t => t.DeviceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DeviceFault>(fault =>
        {
            fault.ToTable("device_faults");
            fault.Property(f => f.Code).HasMaxLength(64);
            fault.HasIndex(f => new { f.DeviceId, f.Id });
            fault.HasIndex(f => new { f.Code, f.Id });
            fault.HasOne<Device>().WithMany().HasForeignKey(f => f.DeviceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StoredFile>(file =>
        {
            file.ToTable("files");
            file.Property(f => f.Id).HasMaxLength(64);
            file.Property(f => f.FileType).HasMaxLength(64);
            file.Property(f => f.FileName).HasMaxLength(255);
        });

        modelBuilder.Entity<Webhook>(hook =>
        {
            hook.ToTable("webhooks");
            hook.Property(h => h.Id).HasMaxLength(64);
        });

        modelBuilder.Entity<WebhookDelivery>(delivery =>
        {
            delivery.ToTable("webhook_deliveries");
            delivery.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
            delivery.HasIndex(d => new { d.State, d.NextAttemptAt });
            delivery.HasIndex(d => new { d.WebhookId, d.Id });
            delivery.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
