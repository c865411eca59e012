namespace Acs.Cwmp;

/// <summary>CPE to ACS: 0 applied, 1 committed but not yet applied.</summary>
public sealed record SetParameterValuesResponse(int Status) : CwmpMessage
{
    public override string MethodName => "SetParameterValuesResponse";
}
