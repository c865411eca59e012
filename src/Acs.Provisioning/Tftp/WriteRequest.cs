namespace Acs.Provisioning.Tftp;

public sealed record WriteRequest(string Filename, string Mode, IReadOnlyList<TftpOption> Options)
    : TftpRequest(TftpOpcode.WriteRequest, Filename, Mode, Options);
