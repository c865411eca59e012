namespace Acs.Provisioning.Tftp;

// What the transport should do after feeding an event to a transfer.
public abstract record TransferAction;
