namespace Acs.Cwmp;

/// <summary>ACS to CPE: answers AutonomousTransferComplete.</summary>
public sealed record AutonomousTransferCompleteResponse() : CwmpMessage
{
    public override string MethodName => "AutonomousTransferCompleteResponse";
}
