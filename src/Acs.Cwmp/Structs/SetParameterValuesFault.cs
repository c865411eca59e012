namespace Acs.Cwmp;

/// <summary>A per-parameter fault inside the CWMP fault answering SetParameterValues.</summary>
public sealed record SetParameterValuesFault(string ParameterName, uint FaultCode, string FaultString);
