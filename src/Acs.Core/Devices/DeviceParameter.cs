namespace Acs.Core.Devices;

/// <summary>One cached parameter (or object, when the name ends with ".") of a device, as last learned.</summary>
public sealed class DeviceParameter
{
    public required string DeviceId { get; set; }
    public required string Name { get; set; }
    public string? Value { get; set; }
    public string? Type { get; set; }
    public bool? Writable { get; set; }
    public int? Notification { get; set; }
    public string? AccessList { get; set; }
    public DateTime UpdatedAt { get; set; }
}
