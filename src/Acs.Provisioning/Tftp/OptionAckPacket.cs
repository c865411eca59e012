namespace Acs.Provisioning.Tftp;

public sealed record OptionAckPacket(IReadOnlyList<TftpOption> Options) : TftpPacket(TftpOpcode.OptionAcknowledgment);
