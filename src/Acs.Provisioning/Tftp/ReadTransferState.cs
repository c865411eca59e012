namespace Acs.Provisioning.Tftp;

public enum ReadTransferState
{
    NotStarted,
    AwaitingOptionAck,
    AwaitingAck,
    Completed,
    Failed,
}
