using Acs.Cwmp;

namespace Acs.Simulator.Device;

/// <summary>A finished Download or Upload whose TransferComplete the ACS has not acknowledged yet.</summary>
public sealed record CompletedTransfer(
    string CommandKey,
    bool IsDownload,
    FaultStruct Fault,
    DateTimeOffset StartTime,
    DateTimeOffset CompleteTime,
    long Bytes)
{
    public TransferComplete ToRequest() => new(CommandKey, Fault, StartTime, CompleteTime);
}
