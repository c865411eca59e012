namespace Acs.Provisioning.Tftp;

public abstract record TftpDecodeResult;
