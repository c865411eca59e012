namespace Acs.Provisioning.Tftp;

// RRQ and WRQ share one layout: filename, mode, then option name/value pairs, all NUL-terminated.
public abstract record TftpRequest(TftpOpcode Opcode, string Filename, string Mode, IReadOnlyList<TftpOption> Options) : TftpPacket(Opcode);
