namespace Acs.Provisioning.Tftp;

public sealed record TransferCompleted : TransferAction;
