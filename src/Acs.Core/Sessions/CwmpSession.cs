namespace Acs.Core.Sessions;

/// <summary>
/// One live CWMP session: in memory only, keyed by cookie and by connection. Everything that must survive
/// a crash (device, tasks, results) is in the database before a reply leaves.
/// </summary>
public sealed class CwmpSession(string id, string deviceId, string cwmpNamespace, DateTime startedAt)
{
    public string Id { get; } = id;
    public string DeviceId { get; } = deviceId;
    public string CwmpNamespace { get; } = cwmpNamespace;
    public DateTime StartedAt { get; } = startedAt;
    public SessionState State { get; set; } = SessionState.InformAnswered;
    public DateTime LastActivity { get; set; } = startedAt;
    public string? ConnectionId { get; set; }
    public string? RemoteAddress { get; set; }

    /// <summary>The task whose RPC is outstanding, if the outstanding RPC carries a task.</summary>
    public long? OutstandingTaskId { get; set; }

    /// <summary>The cwmp:ID of the outstanding ACS request.</summary>
    public string? OutstandingRequestId { get; set; }

    /// <summary>A follow-up read the engine sends by itself (the parameters of a new AddObject instance).</summary>
    public FollowUp? PendingFollowUp { get; set; }

    /// <summary>Set once a Reboot or FactoryReset was accepted: the device acts after the session, so end it.</summary>
    public bool EndRequested { get; set; }

    public int RequestsSent { get; set; }

    /// <summary>The event codes of the Inform that opened the session, for the log line at its end.</summary>
    public IReadOnlyList<string> InformEvents { get; init; } = [];

    /// <summary>The methods of the RPCs sent, in order, for the log line at the session's end.</summary>
    public List<string> MethodsSent { get; } = [];

    /// <summary>Until when the device's exchanges are recorded in its SOAP trace (PUT /devices/{id}/trace).</summary>
    public DateTime? TraceUntil { get; init; }

    /// <summary>Serialises the POSTs of one session: devices never overlap them, but a retrying one might.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public sealed record FollowUp(long TaskId, string ObjectPath);
}
