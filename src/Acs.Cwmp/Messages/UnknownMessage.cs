namespace Acs.Cwmp;

/// <summary>
/// A well-formed body whose method the codec does not model (Kicked, DUStateChangeComplete, vendor RPCs).
/// The ACS answers such a request with fault 8000.
/// </summary>
public sealed record UnknownMessage(string Name, string NamespaceUri) : CwmpMessage
{
    public override string MethodName => Name;
}
