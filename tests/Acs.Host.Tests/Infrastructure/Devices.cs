using Acs.Core.Devices;
using Acs.Cwmp;
using Acs.Simulator.DataModel;
using Acs.Simulator.Device;

namespace Acs.Host.Tests.Infrastructure;

/// <summary>Virtual devices for the tests: a Cisco-like phone and a TR-181 gateway with fresh serials.</summary>
public static class Devices
{
    public static VirtualDevice Phone(AcsTestServer server, string? serial = null, DeviceBehaviour? behaviour = null, DeviceSettings? settings = null) =>
        VirtualDevice.Create(DeviceKind.Phone, new DeviceIdStruct("Cisco Systems Inc.", "00562B", "CP-8851-3PCC", serial ?? NewSerial()),
            (settings ?? new DeviceSettings()) with { AcsUrl = server.DeviceUrl.ToString() }, behaviour);

    public static VirtualDevice Gateway(AcsTestServer server, string? serial = null, DeviceBehaviour? behaviour = null, DeviceSettings? settings = null) =>
        VirtualDevice.Create(DeviceKind.Gateway, new DeviceIdStruct("Acme Networks", "00AABB", "HGW-1", serial ?? NewSerial()),
            (settings ?? new DeviceSettings()) with { AcsUrl = server.DeviceUrl.ToString() }, behaviour);

    public static string IdOf(VirtualDevice device) => DeviceIdentity.From(device.DeviceId);

    private static string NewSerial() => "SN" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}
