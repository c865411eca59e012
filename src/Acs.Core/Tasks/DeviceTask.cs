namespace Acs.Core.Tasks;

/// <summary>One queued operation for one device, persisted before anything is sent.</summary>
public sealed class DeviceTask
{
    public long Id { get; set; }
    public required string DeviceId { get; set; }
    public TaskKind Kind { get; set; }

    /// <summary>The arguments as JSON (camelCase names), validated by <see cref="TaskArguments"/> when queued.</summary>
    public string Arguments { get; set; } = "{}";
    public TaskState State { get; set; }

    /// <summary>The CommandKey sent with Reboot, FactoryReset, Download, Upload and ScheduleInform, matched on completion.</summary>
    public string? CommandKey { get; set; }
    public string? QueuedBy { get; set; }
    public string? BatchId { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }

    /// <summary>Back-off: a pending task is not sent before this time.</summary>
    public DateTime? NotBefore { get; set; }

    /// <summary>The result as JSON, shaped per kind (see <see cref="TaskResults"/>).</summary>
    public string? Result { get; set; }
    public uint? FaultCode { get; set; }
    public string? FaultString { get; set; }

    /// <summary>Per-parameter faults of a SetParameterValues fault, as JSON.</summary>
    public string? ParameterFaults { get; set; }

    public bool IsOpen => State is TaskState.Pending or TaskState.Sent or TaskState.InProgress;
}
