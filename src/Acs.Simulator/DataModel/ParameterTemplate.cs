using Acs.Cwmp;

namespace Acs.Simulator.DataModel;

/// <summary>
/// A parameter every new instance of a table gets, named relative to the instance
/// (for example "SIP.AuthUserName" under "...Line.3.").
/// </summary>
public sealed record ParameterTemplate(
    string RelativeName,
    string Value,
    string Type = XsdTypes.String,
    ParameterFlags Flags = ParameterFlags.Writable);
