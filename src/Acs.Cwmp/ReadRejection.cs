namespace Acs.Cwmp;

// Thrown inside the reader only, so that deep argument parsing can give up in one step; CwmpReader
// turns it into a CwmpReadResult and it never escapes the codec.
internal sealed class ReadRejection(CwmpRejection reason, string detail) : Exception(detail)
{
    public CwmpRejection Reason { get; } = reason;
}
