using Acs.Cwmp;

namespace Acs.Simulator;

/// <summary>Builds the SOAP faults a CPE answers with, with the Client/Server type TR-069 gives each code.</summary>
public static class CpeFaults
{
    public static CwmpFault Create(uint code, IReadOnlyList<SetParameterValuesFault>? parameterFaults = null) =>
        new(code, FaultCodes.Describe(code), parameterFaults ?? [], IsClientFault(code) ? "Client" : "Server");

    public static CwmpFault Create(uint code, string text) =>
        new(code, text, [], IsClientFault(code) ? "Client" : "Server");

    private static bool IsClientFault(uint code) => code is 9003 or 9005 or 9006 or 9007 or 9008 or 9020 or 9021;
}
