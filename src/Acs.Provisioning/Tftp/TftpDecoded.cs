namespace Acs.Provisioning.Tftp;

public sealed record TftpDecoded(TftpPacket Packet) : TftpDecodeResult;
