namespace Acs.Core.ConnectionRequests;

/// <summary>How a Connection Request went.</summary>
public enum ConnectionRequestResult
{
    /// <summary>The device answered 200 or 204: a session will follow.</summary>
    Accepted,

    /// <summary>The device refused our credentials.</summary>
    Unauthorized,

    /// <summary>The device answered 503: busy or rate-limited.</summary>
    Busy,

    /// <summary>Timeout, refused connection, or no usable ConnectionRequestURL.</summary>
    Unreachable,
}
