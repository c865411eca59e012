namespace Acs.Cwmp;

/// <summary>Why a body could not be read as a CWMP envelope.</summary>
public enum CwmpRejection
{
    None = 0,

    /// <summary>The bytes are not well-formed XML (this includes every truncation of a valid envelope).</summary>
    MalformedXml,

    /// <summary>The document carries a DOCTYPE; DTDs and external entities are never processed.</summary>
    DtdProhibited,

    /// <summary>The declared charset is unknown.</summary>
    UnsupportedCharset,

    /// <summary>Well-formed XML whose root is not a SOAP 1.1 Envelope.</summary>
    NotAnEnvelope,

    /// <summary>An Envelope without a Body, or a Body without a message element.</summary>
    MissingBody,

    /// <summary>A known CWMP message whose arguments are missing or of the wrong type.</summary>
    InvalidArguments,

    /// <summary>Bytes that are not valid in the declared charset (UTF-8 when none is declared).</summary>
    InvalidCharacters,

    /// <summary>A message carrying more list items (parameters, names, ...) than the reader was allowed to take.</summary>
    TooManyItems,

    /// <summary>A body over the size limit; reported by the transport, which stops reading it.</summary>
    BodyTooLarge,
}
