using Acs.Cwmp;

namespace Acs.Simulator.Http;

/// <summary>What happened in one CWMP session, as seen from the device.</summary>
public sealed class SessionResult
{
    /// <summary>True when the ACS ended the session with 204 No Content.</summary>
    public bool Completed { get; set; }

    public List<int> HttpStatuses { get; } = [];

    public IReadOnlyList<EventStruct> EventsSent { get; set; } = [];

    /// <summary>The ACS requests received, in order (their method names are <see cref="RpcsReceived"/>).</summary>
    public List<CwmpMessage> AcsRequests { get; } = [];

    public IEnumerable<string> RpcsReceived => AcsRequests.Select(r => r.MethodName);

    /// <summary>Faults the device answered ACS requests with.</summary>
    public List<CwmpFault> FaultsSent { get; } = [];

    /// <summary>Faults the ACS answered the device's own requests with.</summary>
    public List<CwmpFault> FaultsReceived { get; } = [];

    /// <summary>The namespace the envelopes used after version negotiation.</summary>
    public string CwmpNamespace { get; set; } = "";

    /// <summary>The cookie the ACS set ("name=value; ..."), whether or not the device sent it back.</summary>
    public string? Cookie { get; set; }

    public string? AuthenticationScheme { get; set; }

    /// <summary>The ACS refused the session with 503; Retry-After if it gave one.</summary>
    public bool Refused { get; set; }

    public TimeSpan? RetryAfter { get; set; }

    /// <summary>Why the session did not complete, when it did not.</summary>
    public string? Error { get; set; }

    /// <summary>Protocol oddities that did not stop the session (an ID not echoed, ...).</summary>
    public List<string> Warnings { get; } = [];

    public override string ToString() =>
        $"{(Completed ? "completed" : "failed: " + Error)}; events [{string.Join(", ", EventsSent.Select(e => e.EventCode))}]; "
        + $"RPCs [{string.Join(", ", RpcsReceived)}]";
}
