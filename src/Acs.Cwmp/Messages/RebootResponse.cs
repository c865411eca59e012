namespace Acs.Cwmp;

/// <summary>CPE to ACS: reboot accepted.</summary>
public sealed record RebootResponse() : CwmpMessage
{
    public override string MethodName => "RebootResponse";
}
