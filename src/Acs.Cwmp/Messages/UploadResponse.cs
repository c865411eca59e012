namespace Acs.Cwmp;

/// <summary>CPE to ACS: 0 done; 1 TransferComplete follows later.</summary>
public sealed record UploadResponse(int Status, DateTimeOffset? StartTime, DateTimeOffset? CompleteTime) : CwmpMessage
{
    public override string MethodName => "UploadResponse";
}
