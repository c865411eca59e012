namespace Acs.Cwmp;

/// <summary>CPE to ACS: the names found.</summary>
public sealed record GetParameterNamesResponse(IReadOnlyList<ParameterInfoStruct> ParameterList) : CwmpMessage
{
    public override string MethodName => "GetParameterNamesResponse";
}
