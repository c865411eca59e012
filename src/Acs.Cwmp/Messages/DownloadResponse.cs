namespace Acs.Cwmp;

/// <summary>CPE to ACS: 0 done and applied; 1 TransferComplete follows later.</summary>
public sealed record DownloadResponse(int Status, DateTimeOffset? StartTime, DateTimeOffset? CompleteTime) : CwmpMessage
{
    public override string MethodName => "DownloadResponse";
}
