using Acs.Cwmp;

namespace Acs.Core.Sessions;

/// <summary>A POST the transport read but could not accept as a message, with what is known of it.</summary>
/// <param name="Reason">Why it was refused.</param>
/// <param name="Detail">What was wrong, for the fault string and the log (never the message itself).</param>
/// <param name="Method">The local name of the message, when the body was read that far.</param>
/// <param name="CwmpNamespace">The namespace to answer in when no session gives one.</param>
public sealed record RefusedMessage(CwmpRejection Reason, string Detail, string? Method, string CwmpNamespace);
