namespace Acs.Core.Devices;

/// <summary>A free-form label an operator put on a device, used to select devices for bulk tasks.</summary>
public sealed class DeviceTag
{
    public required string DeviceId { get; set; }
    public required string Tag { get; set; }
}
