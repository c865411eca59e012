namespace Acs.Provisioning.Tftp;

public sealed record ErrorPacket(TftpErrorCode Code, string Message) : TftpPacket(TftpOpcode.Error);
