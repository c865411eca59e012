using Acs.Cwmp;
using Acs.Simulator.DataModel;

namespace Acs.Simulator.Tests.DataModel;

/// <summary>Fresh device trees for tests; every call builds a new one so tests never share state.</summary>
public static class Trees
{
    public static readonly DeviceIdStruct PhoneId = new("Cisco Systems, Inc.", "00562B", "CP-8841-3PCC", "PH0001");
    public static readonly DeviceIdStruct GatewayId = new("Acs Simulator", "0011AA", "VGW-1", "GW0001");

    public static ParameterTree Phone() => PhoneModel.Create(PhoneId, Settings());

    public static ParameterTree Gateway() => GatewayModel.Create(GatewayId, Settings());

    public static DeviceSettings Settings() => new()
    {
        AcsUrl = "http://acs.example.com:7547/cwmp",
        Password = "secret",
        ConnectionRequestUsername = "cr-user",
        ConnectionRequestPassword = "cr-pass",
    };
}
