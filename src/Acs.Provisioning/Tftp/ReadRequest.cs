namespace Acs.Provisioning.Tftp;

public sealed record ReadRequest(string Filename, string Mode, IReadOnlyList<TftpOption> Options)
    : TftpRequest(TftpOpcode.ReadRequest, Filename, Mode, Options);
