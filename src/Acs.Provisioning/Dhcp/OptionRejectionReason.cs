namespace Acs.Provisioning.Dhcp;

public enum OptionRejectionReason
{
    InvalidHex,
    Empty,
    WrongOptionCode,
    Truncated,
    TrailingBytes,
    TooLong,
}
