namespace Acs.Cwmp;

/// <summary>ACS to CPE: answers TransferComplete.</summary>
public sealed record TransferCompleteResponse() : CwmpMessage
{
    public override string MethodName => "TransferCompleteResponse";
}
