namespace Acs.Cwmp;

/// <summary>CPE to ACS: opens every session (A.3.3.1).</summary>
public sealed record Inform(DeviceIdStruct DeviceId, IReadOnlyList<EventStruct> Event, uint MaxEnvelopes, DateTimeOffset? CurrentTime, uint RetryCount, IReadOnlyList<ParameterValueStruct> ParameterList) : CwmpMessage
{
    public override string MethodName => "Inform";
}
