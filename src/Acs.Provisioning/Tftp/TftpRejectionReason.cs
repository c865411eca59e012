namespace Acs.Provisioning.Tftp;

public enum TftpRejectionReason
{
    TooShort,
    UnknownOpcode,
    MissingTerminator,
    EmptyFilename,
    UnknownMode,
    IncompleteOption,
    EmptyOptionName,
    DuplicateOption,
    NoOptions,
    InvalidText,
    DataTooLong,
    TrailingBytes,
}
