namespace Acs.Cwmp;

/// <summary>ACS to CPE: answers Inform.</summary>
public sealed record InformResponse(uint MaxEnvelopes = 1) : CwmpMessage
{
    public override string MethodName => "InformResponse";
}
