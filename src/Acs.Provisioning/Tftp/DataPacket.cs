namespace Acs.Provisioning.Tftp;

public sealed record DataPacket(ushort Block, ReadOnlyMemory<byte> Data) : TftpPacket(TftpOpcode.Data);
