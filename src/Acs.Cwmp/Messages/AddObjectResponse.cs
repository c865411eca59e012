namespace Acs.Cwmp;

/// <summary>CPE to ACS: the new instance number.</summary>
public sealed record AddObjectResponse(uint InstanceNumber, int Status) : CwmpMessage
{
    public override string MethodName => "AddObjectResponse";
}
