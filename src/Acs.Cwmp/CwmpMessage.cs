namespace Acs.Cwmp;

/// <summary>
/// One SOAP body of a CWMP exchange. The hierarchy is closed: every message the codec reads or writes
/// is one of the sealed records in <c>Messages/</c>, named as in TR-069 Annex A.
/// </summary>
public abstract record CwmpMessage
{
    private protected CwmpMessage()
    {
    }

    /// <summary>The element name of the message in the SOAP body, as the specification spells it.</summary>
    public abstract string MethodName { get; }
}
