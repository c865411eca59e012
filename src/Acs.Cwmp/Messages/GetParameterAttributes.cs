namespace Acs.Cwmp;

/// <summary>ACS to CPE: read notification and access attributes (A.3.2.5).</summary>
public sealed record GetParameterAttributes(IReadOnlyList<string> ParameterNames) : CwmpMessage
{
    public override string MethodName => "GetParameterAttributes";
}
