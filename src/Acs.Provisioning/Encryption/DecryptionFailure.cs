namespace Acs.Provisioning.Encryption;

public enum DecryptionFailure
{
    None,
    TooShort,
    MissingSaltedHeader,
    InvalidHeader,
    RecordSizeTooSmall,
    Truncated,
    BadLength,

    // Wrong passphrase or digest, or altered data: CBC padding or the GCM tag does not check out.
    AuthenticationFailed,
    MissingDelimiter,
    UnexpectedLastRecord,
}
