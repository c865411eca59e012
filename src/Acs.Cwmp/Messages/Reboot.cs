namespace Acs.Cwmp;

/// <summary>ACS to CPE: reboot after the session; the next Inform carries "M Reboot" with this CommandKey (A.3.2.9).</summary>
public sealed record Reboot(string CommandKey) : CwmpMessage
{
    public override string MethodName => "Reboot";
}
