namespace Acs.Cwmp;

/// <summary>A whole SOAP envelope: the CWMP namespace it speaks, its header and its one body message.</summary>
public sealed record CwmpEnvelope(string CwmpNamespace, CwmpHeader Header, CwmpMessage Body);
