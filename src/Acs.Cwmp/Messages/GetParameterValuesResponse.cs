namespace Acs.Cwmp;

/// <summary>CPE to ACS: the values read.</summary>
public sealed record GetParameterValuesResponse(IReadOnlyList<ParameterValueStruct> ParameterList) : CwmpMessage
{
    public override string MethodName => "GetParameterValuesResponse";
}
