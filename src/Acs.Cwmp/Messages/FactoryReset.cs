namespace Acs.Cwmp;

/// <summary>ACS to CPE: return to factory state; the device comes back with "0 BOOTSTRAP" (A.4.1.6).</summary>
public sealed record FactoryReset() : CwmpMessage
{
    public override string MethodName => "FactoryReset";
}
