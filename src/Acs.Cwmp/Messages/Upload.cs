namespace Acs.Cwmp;

/// <summary>ACS to CPE: send a file to a URL (A.4.1.5).</summary>
public sealed record Upload(string CommandKey, string FileType, string URL, string Username, string Password, uint DelaySeconds) : CwmpMessage
{
    public override string MethodName => "Upload";
}
