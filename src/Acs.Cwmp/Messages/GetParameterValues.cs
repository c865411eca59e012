namespace Acs.Cwmp;

/// <summary>ACS to CPE: read values; names may be partial paths ending in "." (A.3.2.2).</summary>
public sealed record GetParameterValues(IReadOnlyList<string> ParameterNames) : CwmpMessage
{
    public override string MethodName => "GetParameterValues";
}
