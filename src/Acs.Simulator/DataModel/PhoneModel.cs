using Acs.Cwmp;

namespace Acs.Simulator.DataModel;

/// <summary>
/// An IP phone in the shape Cisco MPP phones are believed to expose: a TR-106 (Device:1) root with a
/// TR-104 VoiceService of one SIP profile and two lines, and LAN settings.
/// </summary>
public static class PhoneModel
{
    public const string LineTable = "Device.Services.VoiceService.1.VoiceProfile.1.Line.";

    private const ParameterFlags Writable = ParameterFlags.Writable;

    public static ParameterTree Create(DeviceIdStruct id, DeviceSettings settings)
    {
        var tree = new ParameterTree("Device.");
        tree.Define("Device.DeviceSummary", "Device:1.4[](Baseline:2), VoiceService:1.0[1](SIPEndpoint:1)",
            XsdTypes.String, ParameterFlags.ForcedInform);
        CommonObjects.DefineDeviceInfo(tree, id, settings, id.ProductClass);
        CommonObjects.DefineManagementServer(tree, id, settings);

        var seed = settings.AddressSeed;
        tree.Define("Device.LAN.AddressingType", "DHCP", XsdTypes.String, Writable);
        tree.Define("Device.LAN.IPAddress", $"192.168.1.{seed % 250 + 2}", XsdTypes.String, Writable | ParameterFlags.ForcedInform);
        tree.Define("Device.LAN.SubnetMask", "255.255.255.0", XsdTypes.String, Writable);
        tree.Define("Device.LAN.DefaultGateway", "192.168.1.1", XsdTypes.String, Writable);
        tree.Define("Device.LAN.DNSServers", "192.168.1.1", XsdTypes.String, Writable);
        tree.Define("Device.LAN.MACAddress", CommonObjects.MacAddress(seed, 1).ToUpperInvariant());

        DefineVoice(tree);
        return tree;
    }

    private static void DefineVoice(ParameterTree tree)
    {
        const string service = "Device.Services.VoiceService.1.";
        const string profile = service + "VoiceProfile.1.";
        tree.Define("Device.Services.VoiceServiceNumberOfEntries", "1", XsdTypes.UnsignedInt);
        tree.Define(service + "VoiceProfileNumberOfEntries", "1", XsdTypes.UnsignedInt);
        tree.Define(profile + "Enable", "Enabled", XsdTypes.String, Writable);
        tree.Define(profile + "Name", "SIP", XsdTypes.String, Writable);
        tree.Define(profile + "SignalingProtocol", "SIP", XsdTypes.String, Writable);
        tree.Define(profile + "DTMFMethod", "RFC2833", XsdTypes.String, Writable);
        tree.Define(profile + "DigitMap", "(*xx|[3469]11|0|00|[2-9]xxxxxx|1xxx[2-9]xxxxxxS0|xxxxxxxxxxxx.)", XsdTypes.String, Writable);
        tree.Define(profile + "NumberOfLines", "0", XsdTypes.UnsignedInt);
        tree.Define(profile + "SIP.ProxyServer", "", XsdTypes.String, Writable);
        tree.Define(profile + "SIP.ProxyServerPort", "5060", XsdTypes.UnsignedInt, Writable);
        tree.Define(profile + "SIP.ProxyServerTransport", "UDP", XsdTypes.String, Writable);
        tree.Define(profile + "SIP.RegistrarServer", "", XsdTypes.String, Writable);
        tree.Define(profile + "SIP.RegistrarServerPort", "5060", XsdTypes.UnsignedInt, Writable);
        tree.Define(profile + "SIP.UserAgentDomain", "", XsdTypes.String, Writable);
        tree.Define(profile + "SIP.RegistrationPeriod", "3600", XsdTypes.UnsignedInt, Writable);

        tree.DefineTable(LineTable,
        [
            new("Enable", "Disabled"),
            new("DirectoryNumber", ""),
            new("Status", "Disabled", XsdTypes.String, ParameterFlags.None),
            new("CallState", "Idle", XsdTypes.String, ParameterFlags.None),
            new("SIP.AuthUserName", ""),
            new("SIP.AuthPassword", "", XsdTypes.String, Writable | ParameterFlags.Hidden),
            new("SIP.URI", ""),
            new("CallingFeatures.CallerIDName", ""),
            new("CallingFeatures.CallWaitingEnable", "true", XsdTypes.Boolean),
            new("CallingFeatures.CallForwardUnconditionalEnable", "false", XsdTypes.Boolean),
            new("CallingFeatures.CallForwardUnconditionalNumber", ""),
            new("CallingFeatures.MWIEnable", "true", XsdTypes.Boolean),
            new("CallingFeatures.DoNotDisturbEnable", "false", XsdTypes.Boolean),
        ]);
        tree.CreateInstance(LineTable);
        tree.CreateInstance(LineTable);
        tree.SetValue(profile + "NumberOfLines", "2");
    }
}
