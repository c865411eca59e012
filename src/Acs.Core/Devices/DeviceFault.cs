namespace Acs.Core.Devices;

/// <summary>A problem with a device that is not a task's fault, such as a connection request it did not answer.</summary>
public sealed class DeviceFault
{
    public long Id { get; set; }
    public required string DeviceId { get; set; }

    /// <summary>A dotted name, e.g. "connectionRequest.unreachable".</summary>
    public required string Code { get; set; }
    public string Message { get; set; } = "";
    public DateTime At { get; set; }
}
