namespace Acs.Cwmp;

/// <summary>The outcome of a transfer in TransferComplete: code 0 is success.</summary>
public sealed record FaultStruct(uint FaultCode, string FaultString)
{
    public static readonly FaultStruct Success = new(0, "");
}
