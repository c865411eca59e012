namespace Acs.Provisioning.Tftp;

public sealed record TftpRejected(TftpRejectionReason Reason, string Detail) : TftpDecodeResult;
