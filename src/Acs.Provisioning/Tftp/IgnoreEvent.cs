namespace Acs.Provisioning.Tftp;

// Nothing to send. Duplicate ACKs land here: answering them would start the Sorcerer's Apprentice bug.
public sealed record IgnoreEvent(string Why) : TransferAction;
