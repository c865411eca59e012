using Acs.Cwmp;

namespace Acs.Core.Sessions;

/// <summary>What the transport sends back: a status, an optional envelope and the session plumbing headers.</summary>
public sealed record EngineReply(
    int Status,
    CwmpEnvelope? Body = null,
    string? SessionCookie = null,
    bool CloseConnection = false,
    int? RetryAfterSeconds = null,
    string? Challenge = null,
    string? Problem = null)
{
    /// <summary>Set when the device is being traced: the transport records this exchange under it.</summary>
    public TraceTarget? Trace { get; init; }

    public static EngineReply NoContent { get; } = new(204);

    public static EngineReply BadRequest(string problem) => new(400, Problem: problem);
}
