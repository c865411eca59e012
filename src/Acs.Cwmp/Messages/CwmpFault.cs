namespace Acs.Cwmp;

/// <summary>
/// A SOAP Fault carrying the CWMP fault detail, in either direction. <see cref="SoapFaultCode"/> is
/// "Client" or "Server" (without prefix); <see cref="ParameterFaults"/> is filled only for SetParameterValues.
/// </summary>
public sealed record CwmpFault(
    uint FaultCode,
    string FaultString,
    IReadOnlyList<SetParameterValuesFault> ParameterFaults,
    string SoapFaultCode = "Server",
    string SoapFaultString = "CWMP fault") : CwmpMessage
{
    public override string MethodName => "Fault";

    public static CwmpFault Acs(uint code, string text) =>
        new(code, text, [], code == FaultCodes.InvalidArguments ? "Client" : "Server");
}
