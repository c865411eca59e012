namespace Acs.Cwmp;

/// <summary>CPE to ACS: instance deleted.</summary>
public sealed record DeleteObjectResponse(int Status) : CwmpMessage
{
    public override string MethodName => "DeleteObjectResponse";
}
