namespace Acs.Cwmp;

/// <summary>ACS to CPE: inform again after a delay with "3 SCHEDULED" and "M ScheduleInform" (A.4.1.2).</summary>
public sealed record ScheduleInform(uint DelaySeconds, string CommandKey) : CwmpMessage
{
    public override string MethodName => "ScheduleInform";
}
