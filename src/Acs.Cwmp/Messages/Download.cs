namespace Acs.Cwmp;

/// <summary>ACS to CPE: fetch a file (A.3.2.8).</summary>
public sealed record Download(string CommandKey, string FileType, string URL, string Username, string Password, uint FileSize, string TargetFileName, uint DelaySeconds, string SuccessURL, string FailureURL) : CwmpMessage
{
    public override string MethodName => "Download";
}
