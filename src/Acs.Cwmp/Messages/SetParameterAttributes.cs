namespace Acs.Cwmp;

/// <summary>ACS to CPE: change notification and access attributes (A.3.2.4).</summary>
public sealed record SetParameterAttributes(IReadOnlyList<SetParameterAttributesStruct> ParameterList) : CwmpMessage
{
    public override string MethodName => "SetParameterAttributes";
}
