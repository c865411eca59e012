namespace Acs.Cwmp;

/// <summary>ACS to CPE: write values, all or nothing (A.3.2.1).</summary>
public sealed record SetParameterValues(IReadOnlyList<ParameterValueStruct> ParameterList, string ParameterKey) : CwmpMessage
{
    public override string MethodName => "SetParameterValues";
}
