namespace Acs.Cwmp;

/// <summary>CPE to ACS: a Download or Upload the ACS requested has finished (A.3.3.2).</summary>
public sealed record TransferComplete(string CommandKey, FaultStruct FaultStruct, DateTimeOffset? StartTime, DateTimeOffset? CompleteTime) : CwmpMessage
{
    public override string MethodName => "TransferComplete";
}
