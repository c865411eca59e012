namespace Acs.Cwmp;

/// <summary>ACS to CPE: delete one instance (A.3.2.7).</summary>
public sealed record DeleteObject(string ObjectName, string ParameterKey) : CwmpMessage
{
    public override string MethodName => "DeleteObject";
}
