namespace Acs.Core.Events;

public static class AcsEventTypes
{
    public const string DeviceRegistered = "device.registered";
    public const string DeviceBooted = "device.booted";
    public const string DeviceBootstrapped = "device.bootstrapped";
    public const string DeviceValueChanged = "device.valueChanged";
    public const string TaskDone = "task.done";
    public const string TaskFaulted = "task.faulted";

    public static readonly IReadOnlyList<string> All =
        [DeviceRegistered, DeviceBooted, DeviceBootstrapped, DeviceValueChanged, TaskDone, TaskFaulted];
}
