namespace Acs.Core.Sessions;

/// <summary>Where a CWMP session stands, from the ACS's side.</summary>
public enum SessionState
{
    /// <summary>InformResponse sent: the device may send its own requests, then an empty POST.</summary>
    InformAnswered,

    /// <summary>An ACS request is outstanding; the next POST should carry its response or fault.</summary>
    AwaitingResponse,

    /// <summary>204 sent, or closed by timeout or a new Inform.</summary>
    Ended,
}
