using Acs.Core.Persistence;
using Acs.Cwmp;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Devices;

/// <summary>
/// Records what a device says about itself in an Inform: identity, versions, addresses, events and the
/// parameter values it reports. Changes are tracked on the given context; the caller saves them.
/// </summary>
public static class DeviceRegistry
{
    public static async Task<InformOutcome> RecordInformAsync(
        AcsDbContext db, Device? device, Inform inform, string cwmpNamespace, string? remoteAddress, DateTime now, CancellationToken ct)
    {
        var registered = device is null;
        device ??= db.Devices.Add(new Device { Id = DeviceIdentity.From(inform.DeviceId), RegisteredAt = now }).Entity;

        var events = inform.Event;
        var bootstrap = events.Any(e => e.EventCode == EventCodes.Bootstrap);
        var boot = events.Any(e => e.EventCode == EventCodes.Boot);

        device.Oui = inform.DeviceId.OUI;
        device.ProductClass = inform.DeviceId.ProductClass;
        device.SerialNumber = inform.DeviceId.SerialNumber;
        device.Manufacturer = inform.DeviceId.Manufacturer;
        device.CwmpNamespace = cwmpNamespace;
        device.IpAddress = remoteAddress;
        device.LastInform = now;
        device.HasInformed = true;
        if (boot || registered)
        {
            device.LastBoot = boot ? now : device.LastBoot;
        }

        if (bootstrap)
        {
            // A factory-fresh device: whatever we cached about its data model no longer holds.
            device.LastBootstrap = now;
            if (!registered)
            {
                await ParameterStore.DeleteSubtreeAsync(db, device.Id, "", ct);
            }
        }

        foreach (var e in events)
        {
            db.Events.Add(new DeviceEvent { DeviceId = device.Id, At = now, EventCode = e.EventCode, CommandKey = e.CommandKey });
        }

        var updates = new List<ParameterUpdate>(inform.ParameterList.Count);
        foreach (var p in inform.ParameterList)
        {
            updates.Add(new ParameterUpdate(p.Name, p.Value, p.Type));
            ApplyWellKnown(device, p);
        }

        await ParameterStore.UpsertAsync(db, device.Id, updates, now, ct);
        var changed = events.Any(e => e.EventCode == EventCodes.ValueChange)
            ? inform.ParameterList.Select(p => p.Name).ToList()
            : [];
        return new InformOutcome(device, registered, bootstrap, boot, changed);
    }

    public static Task<Device?> FindAsync(AcsDbContext db, string id, CancellationToken ct) =>
        db.Devices.FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Keeps the columns the registry indexes and shows in step with the forced-inform parameters.</summary>
    public static void ApplyWellKnown(Device device, ParameterValueStruct p)
    {
        var name = p.Name;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return;
        }

        switch (name.AsSpan(dot + 1))
        {
            case "DeviceInfo.SoftwareVersion":
                device.SoftwareVersion = p.Value;
                break;
            case "DeviceInfo.HardwareVersion":
                device.HardwareVersion = p.Value;
                break;
            case "DeviceInfo.ProvisioningCode":
                device.ProvisioningCode = p.Value;
                break;
            case "ManagementServer.ConnectionRequestURL":
                device.ConnectionRequestUrl = p.Value;
                break;
            case "ManagementServer.ConnectionRequestUsername":
                device.ConnectionRequestUsername = p.Value;
                break;
            case "ManagementServer.PeriodicInformInterval":
                device.PeriodicInformInterval = uint.TryParse(p.Value, out var interval) ? interval : device.PeriodicInformInterval;
                break;
            case "LAN.MACAddress":
                device.MacAddress = Acs.Provisioning.Profiles.MacAddress.TryParse(p.Value, out var mac) ? mac.ToString() : null;
                break;
        }
    }
}
