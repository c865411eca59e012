namespace Acs.Cwmp;

/// <summary>CPE to ACS: a transfer the ACS did not request has finished (A.3.3.3).</summary>
public sealed record AutonomousTransferComplete(string AnnounceURL, string TransferURL, bool IsDownload, string FileType, uint FileSize, string TargetFileName, FaultStruct FaultStruct, DateTimeOffset? StartTime, DateTimeOffset? CompleteTime) : CwmpMessage
{
    public override string MethodName => "AutonomousTransferComplete";
}
