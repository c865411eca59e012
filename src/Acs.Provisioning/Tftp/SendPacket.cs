namespace Acs.Provisioning.Tftp;

public sealed record SendPacket(TftpPacket Packet, byte[] Bytes, bool IsRetransmission) : TransferAction;
