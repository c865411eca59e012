namespace Acs.Cwmp;

/// <summary>CPE to ACS: the attributes read.</summary>
public sealed record GetParameterAttributesResponse(IReadOnlyList<ParameterAttributeStruct> ParameterList) : CwmpMessage
{
    public override string MethodName => "GetParameterAttributesResponse";
}
