namespace Acs.Provisioning.Tftp;

// RFC 1350 error codes plus 8 from RFC 2347.
public enum TftpErrorCode : ushort
{
    NotDefined = 0,
    FileNotFound = 1,
    AccessViolation = 2,
    DiskFull = 3,
    IllegalOperation = 4,
    UnknownTransferId = 5,
    FileExists = 6,
    NoSuchUser = 7,
    OptionNegotiationRefused = 8,
}
