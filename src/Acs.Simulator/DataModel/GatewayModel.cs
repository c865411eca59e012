using Acs.Cwmp;

namespace Acs.Simulator.DataModel;

/// <summary>A home gateway with a TR-181 (Device:2) data model: WAN and LAN IP interfaces and one Wi-Fi network.</summary>
public static class GatewayModel
{
    private const ParameterFlags Writable = ParameterFlags.Writable;

    public static ParameterTree Create(DeviceIdStruct id, DeviceSettings settings)
    {
        var tree = new ParameterTree("Device.");
        tree.Define("Device.RootDataModelVersion", "2.12", XsdTypes.String, ParameterFlags.ForcedInform);
        CommonObjects.DefineDeviceInfo(tree, id, settings, "Virtual Gateway");
        CommonObjects.DefineManagementServer(tree, id, settings);
        tree.Define("Device.ManagementServer.AliasBasedAddressing", "false", XsdTypes.Boolean, ParameterFlags.ForcedInform);

        tree.Define("Device.Time.Enable", "true", XsdTypes.Boolean, Writable);
        tree.Define("Device.Time.NTPServer1", "pool.ntp.org", XsdTypes.String, Writable);
        tree.Define("Device.Time.LocalTimeZone", "UTC", XsdTypes.String, Writable);

        DefineIp(tree, settings.AddressSeed);
        DefineWiFi(tree, id, settings.AddressSeed);
        return tree;
    }

    private static void DefineIp(ParameterTree tree, int seed)
    {
        tree.Define("Device.IP.IPv4Enable", "true", XsdTypes.Boolean, Writable);
        tree.Define("Device.IP.InterfaceNumberOfEntries", "0", XsdTypes.UnsignedInt);
        tree.DefineTable("Device.IP.Interface.",
        [
            new("Enable", "false", XsdTypes.Boolean),
            new("Status", "Down", XsdTypes.String, ParameterFlags.None),
            new("Alias", ""),
            new("Name", ""),
            new("LowerLayers", ""),
            new("IPv4Address.1.Enable", "false", XsdTypes.Boolean),
            new("IPv4Address.1.IPAddress", ""),
            new("IPv4Address.1.SubnetMask", ""),
            new("IPv4Address.1.AddressingType", "Static"),
        ]);

        var wan = tree.CreateInstance("Device.IP.Interface.");
        Fill(tree, $"Device.IP.Interface.{wan}.", "wan", "Device.Ethernet.Link.1.", $"203.0.113.{seed % 250 + 2}", "255.255.255.0", "DHCP");
        var lan = tree.CreateInstance("Device.IP.Interface.");
        Fill(tree, $"Device.IP.Interface.{lan}.", "lan", "Device.Bridging.Bridge.1.Port.1.", "192.168.1.1", "255.255.255.0", "Static");
    }

    private static void Fill(ParameterTree tree, string prefix, string name, string lower, string ip, string mask, string addressing)
    {
        tree.SetValue(prefix + "Enable", "true");
        tree.SetValue(prefix + "Status", "Up");
        tree.SetValue(prefix + "Alias", "cpe-" + name);
        tree.SetValue(prefix + "Name", name);
        tree.SetValue(prefix + "LowerLayers", lower);
        tree.SetValue(prefix + "IPv4Address.1.Enable", "true");
        tree.SetValue(prefix + "IPv4Address.1.IPAddress", ip);
        tree.SetValue(prefix + "IPv4Address.1.SubnetMask", mask);
        tree.SetValue(prefix + "IPv4Address.1.AddressingType", addressing);
    }

    private static void DefineWiFi(ParameterTree tree, DeviceIdStruct id, int seed)
    {
        tree.Define("Device.WiFi.SSIDNumberOfEntries", "0", XsdTypes.UnsignedInt);
        tree.DefineTable("Device.WiFi.SSID.",
        [
            new("Enable", "false", XsdTypes.Boolean),
            new("Status", "Down", XsdTypes.String, ParameterFlags.None),
            new("Name", ""),
            new("BSSID", "", XsdTypes.String, ParameterFlags.None),
            new("SSID", ""),
        ]);
        var ssid = tree.CreateInstance("Device.WiFi.SSID.");
        tree.SetValue($"Device.WiFi.SSID.{ssid}.Enable", "true");
        tree.SetValue($"Device.WiFi.SSID.{ssid}.Status", "Up");
        tree.SetValue($"Device.WiFi.SSID.{ssid}.Name", "wl0");
        tree.SetValue($"Device.WiFi.SSID.{ssid}.BSSID", CommonObjects.MacAddress(seed, 16));
        tree.SetValue($"Device.WiFi.SSID.{ssid}.SSID", "Home-" + id.SerialNumber);

        tree.Define("Device.WiFi.AccessPointNumberOfEntries", "0", XsdTypes.UnsignedInt);
        tree.DefineTable("Device.WiFi.AccessPoint.",
        [
            new("Enable", "false", XsdTypes.Boolean),
            new("SSIDReference", ""),
            new("SSIDAdvertisementEnabled", "true", XsdTypes.Boolean),
            new("Security.ModeEnabled", "None"),
            new("Security.KeyPassphrase", "", XsdTypes.String, Writable | ParameterFlags.Hidden),
        ]);
        var ap = tree.CreateInstance("Device.WiFi.AccessPoint.");
        tree.SetValue($"Device.WiFi.AccessPoint.{ap}.Enable", "true");
        tree.SetValue($"Device.WiFi.AccessPoint.{ap}.SSIDReference", $"Device.WiFi.SSID.{ssid}.");
        tree.SetValue($"Device.WiFi.AccessPoint.{ap}.Security.ModeEnabled", "WPA2-Personal");
        tree.SetValue($"Device.WiFi.AccessPoint.{ap}.Security.KeyPassphrase", "factory-" + id.SerialNumber);
    }
}
