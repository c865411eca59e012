namespace Acs.Cwmp;

/// <summary>ACS to CPE: discover names and writability (A.3.2.3).</summary>
public sealed record GetParameterNames(string ParameterPath, bool NextLevel) : CwmpMessage
{
    public override string MethodName => "GetParameterNames";
}
