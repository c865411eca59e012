namespace Acs.Provisioning.Tftp;

public abstract record TftpPacket(TftpOpcode Opcode);
