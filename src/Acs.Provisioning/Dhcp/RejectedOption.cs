namespace Acs.Provisioning.Dhcp;

// Fields decoded before the fault are kept so that an explanation can still show how far it got.
public sealed record RejectedOption(
    OptionRejectionReason Reason,
    int Offset,
    string Detail,
    IReadOnlyList<OptionField> FieldsBeforeFault) : OptionDecodeResult;
