namespace Acs.Core.Events;

/// <summary>Something an integrator may want to hear about (webhooks): "device.registered", "task.done", ...</summary>
public sealed record AcsEvent(string Type, string DeviceId, DateTime At, long? TaskId = null, IReadOnlyList<string>? Parameters = null);
