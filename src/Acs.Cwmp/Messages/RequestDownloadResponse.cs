namespace Acs.Cwmp;

/// <summary>ACS to CPE: answers RequestDownload.</summary>
public sealed record RequestDownloadResponse() : CwmpMessage
{
    public override string MethodName => "RequestDownloadResponse";
}
