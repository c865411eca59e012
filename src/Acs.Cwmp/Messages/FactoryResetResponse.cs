namespace Acs.Cwmp;

/// <summary>CPE to ACS: factory reset accepted.</summary>
public sealed record FactoryResetResponse() : CwmpMessage
{
    public override string MethodName => "FactoryResetResponse";
}
