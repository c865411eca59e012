namespace Acs.Cwmp;

/// <summary>CPE to ACS: schedule accepted.</summary>
public sealed record ScheduleInformResponse() : CwmpMessage
{
    public override string MethodName => "ScheduleInformResponse";
}
