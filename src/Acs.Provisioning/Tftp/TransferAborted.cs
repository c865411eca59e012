namespace Acs.Provisioning.Tftp;

// The transfer is over without success. Notify, when set, is the ERROR packet to send the peer.
public sealed record TransferAborted(ErrorPacket? Notify, string Why) : TransferAction;
