namespace Acs.Cwmp;

/// <summary>ACS to CPE: create an instance of a multi-instance object; ObjectName ends with "." (A.3.2.6).</summary>
public sealed record AddObject(string ObjectName, string ParameterKey) : CwmpMessage
{
    public override string MethodName => "AddObject";
}
