namespace Acs.Core.Sessions;

/// <summary>What a POST carries, as the session table sees it.</summary>
public enum InboundKind
{
    Empty,
    CpeRequest,
    CpeResponse,
    Fault,
}
