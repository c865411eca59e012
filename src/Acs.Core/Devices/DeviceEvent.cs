namespace Acs.Core.Devices;

/// <summary>One event code of one Inform, kept as the device's event history.</summary>
public sealed class DeviceEvent
{
    public long Id { get; set; }
    public required string DeviceId { get; set; }
    public DateTime At { get; set; }
    public required string EventCode { get; set; }
    public string CommandKey { get; set; } = "";
}
