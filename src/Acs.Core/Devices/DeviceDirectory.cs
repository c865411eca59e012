using Acs.Core.Persistence;
using Acs.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Acs.Core.Devices;

/// <summary>The service surface for reading and administering devices, used by the REST API and the UI.</summary>
public sealed class DeviceDirectory(IDbContextFactory<AcsDbContext> dbFactory, IOptions<AcsOptions> options, TimeProvider clock)
{
    public async Task<Device?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
    }

    public async Task<IReadOnlyList<DeviceParameter>> ParametersAsync(string id, string prefix = "", CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Parameters.AsNoTracking().Where(p => p.DeviceId == id);
        if (prefix.Length > 0)
        {
            query = query.Where(p => p.Name.StartsWith(prefix));
        }

        return await query.OrderBy(p => p.Name).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<DeviceEvent>> EventsAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.AsNoTracking().Where(e => e.DeviceId == id).OrderBy(e => e.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Registers a device before its first contact (needed for the allow-list), optionally with its own
    /// CPE-to-ACS credentials and the Connection Request credentials the ACS should use for it.
    /// </summary>
    public async Task<Device> ProvisionAsync(
        string oui, string productClass, string serialNumber,
        string? username = null, string? password = null,
        string? connectionRequestUsername = null, string? connectionRequestPassword = null,
        CancellationToken ct = default)
    {
        var id = DeviceIdentity.From(oui, productClass, serialNumber);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (device is null)
        {
            device = new Device { Id = id, Oui = oui, ProductClass = productClass, SerialNumber = serialNumber, RegisteredAt = clock.GetUtcNow().UtcDateTime };
            db.Devices.Add(device);
        }

        if (username is not null && password is not null)
        {
            device.CwmpUsername = username;
            device.CwmpPasswordHa1 = DigestHash.Ha1(username, options.Value.DeviceAuth.Realm, password);
        }

        device.ConnectionRequestUsername = connectionRequestUsername ?? device.ConnectionRequestUsername;
        device.ConnectionRequestPassword = connectionRequestPassword ?? device.ConnectionRequestPassword;
        await db.SaveChangesAsync(ct);
        return device;
    }

    /// <summary>Forgets a device with its parameters, events and tasks.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Parameters.Where(p => p.DeviceId == id).ExecuteDeleteAsync(ct);
        await db.Events.Where(e => e.DeviceId == id).ExecuteDeleteAsync(ct);
        await db.Tasks.Where(t => t.DeviceId == id).ExecuteDeleteAsync(ct);
        await db.Tags.Where(t => t.DeviceId == id).ExecuteDeleteAsync(ct);
        await db.DeviceFaults.Where(f => f.DeviceId == id).ExecuteDeleteAsync(ct);
        return await db.Devices.Where(d => d.Id == id).ExecuteDeleteAsync(ct) > 0;
    }
}
