namespace Acs.Cwmp;

/// <summary>CPE to ACS: asks the ACS to start a Download (A.4.2.2).</summary>
public sealed record RequestDownload(string FileType, IReadOnlyList<ArgStruct> FileTypeArg) : CwmpMessage
{
    public override string MethodName => "RequestDownload";
}
