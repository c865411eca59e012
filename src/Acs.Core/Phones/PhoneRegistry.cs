using Acs.Core.Devices;
using Acs.Core.Persistence;
using Acs.Provisioning.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Acs.Core.Phones;

/// <summary>
/// Records a phone's profile fetch in the device registry. A phone that never spoke TR-069 gets a record
/// keyed OUI-ProductName-MAC (OUI = the MAC's first six hex digits, upper case).
/// </summary>
public static class PhoneRegistry
{
    public static async Task<Device> RecordFetchAsync(
        AcsDbContext db, MacAddress mac, string? productName, string? firmware, string? address, DateTime now, CancellationToken ct)
    {
        var key = mac.ToString();
        var device = await db.Devices.FirstOrDefaultAsync(d => d.MacAddress == key, ct);
        if (device is null)
        {
            var oui = mac.Upper[..6];
            device = db.Devices.Add(new Device
            {
                Id = DeviceIdentity.From(oui, productName ?? string.Empty, mac.Upper),
                Oui = oui,
                ProductClass = productName ?? string.Empty,
                SerialNumber = mac.Upper,
                Manufacturer = "Cisco",
                MacAddress = key,
                RegisteredAt = now,
            }).Entity;
        }

        if (!string.IsNullOrEmpty(productName) && string.IsNullOrEmpty(device.ProductClass))
        {
            device.ProductClass = productName;
        }

        device.SoftwareVersion = firmware ?? device.SoftwareVersion;
        device.IpAddress = address ?? device.IpAddress;
        device.LastResync = now;
        await db.SaveChangesAsync(ct);
        return device;
    }
}
