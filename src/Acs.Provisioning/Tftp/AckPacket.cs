namespace Acs.Provisioning.Tftp;

public sealed record AckPacket(ushort Block) : TftpPacket(TftpOpcode.Acknowledgment);
