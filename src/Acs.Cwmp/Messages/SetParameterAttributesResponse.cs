namespace Acs.Cwmp;

/// <summary>CPE to ACS: attributes changed.</summary>
public sealed record SetParameterAttributesResponse() : CwmpMessage
{
    public override string MethodName => "SetParameterAttributesResponse";
}
