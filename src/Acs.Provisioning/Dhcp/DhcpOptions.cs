using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Acs.Provisioning.Dhcp;

// Builders for the DHCPv4 options an ACS and a phone provisioning server care about.
public static class DhcpOptions
{
    public const byte VendorSpecificCode = 43;
    public const byte VendorClassCode = 60;
    public const byte TftpServerNameCode = 66;
    public const byte VendorIdentifyingSpecificCode = 125;
    public const byte CiscoTftpServersCode = 150;
    public const byte CiscoProvisioningServerCode = 159;
    public const byte CiscoProvisioningUrlCode = 160;

    // Option 43 as RFC 2132 encapsulated sub-options (code, length, value), each value ASCII text.
    public static DhcpOption AcsDiscovery(AcsDiscovery discovery)
    {
        var value = new List<byte>();
        foreach (var (code, text) in discovery.SubOptions())
        {
            AppendSubOption(value, code, Ascii(text, CwmpSubOptions.Name(code)));
        }

        return new DhcpOption(VendorSpecificCode, [.. value]);
    }

    public static DhcpOption VendorClass(string vendorClass = CwmpSubOptions.VendorClass) =>
        new(VendorClassCode, Ascii(vendorClass, "vendor class"));

    public static DhcpOption DeviceIdentity(GatewayAssociation device) =>
        VendorIdentifying(
            (GatewayAssociation.DeviceManufacturerOui, device.ManufacturerOui),
            (GatewayAssociation.DeviceSerialNumber, device.SerialNumber),
            (GatewayAssociation.DeviceProductClass, device.ProductClass));

    public static DhcpOption GatewayIdentity(GatewayAssociation gateway) =>
        VendorIdentifying(
            (GatewayAssociation.GatewayManufacturerOui, gateway.ManufacturerOui),
            (GatewayAssociation.GatewaySerialNumber, gateway.SerialNumber),
            (GatewayAssociation.GatewayProductClass, gateway.ProductClass));

    public static DhcpOption TftpServerName(string hostOrAddress) =>
        new(TftpServerNameCode, Ascii(hostOrAddress, "TFTP server name"));

    // Cisco's option 150 is a list of IPv4 addresses, four bytes each, in preference order.
    public static DhcpOption CiscoTftpServers(IReadOnlyList<IPAddress> servers)
    {
        if (servers.Count == 0)
        {
            throw new ArgumentException("At least one TFTP server address is required.", nameof(servers));
        }

        var value = new List<byte>();
        foreach (var server in servers)
        {
            if (server.AddressFamily != AddressFamily.InterNetwork)
            {
                throw new ArgumentException($"{server} is not an IPv4 address.", nameof(servers));
            }

            value.AddRange(server.GetAddressBytes());
        }

        return new DhcpOption(CiscoTftpServersCode, [.. value]);
    }

    // Options 159 and 160 carry a URL as text ("<scheme>://<host>[:port][/path]"); MPP phones treat both alike.
    public static DhcpOption CiscoProvisioningServer(string url) =>
        new(CiscoProvisioningServerCode, Ascii(url, "provisioning server"));

    public static DhcpOption CiscoProvisioningUrl(string url) =>
        new(CiscoProvisioningUrlCode, Ascii(url, "provisioning URL"));

    private static DhcpOption VendorIdentifying(params (byte Code, string Value)[] subOptions)
    {
        var data = new List<byte>();
        foreach (var (code, text) in subOptions)
        {
            AppendSubOption(data, code, Ascii(text, GatewayAssociation.Name(code)));
        }

        if (data.Count > 255)
        {
            throw new ArgumentException("The enterprise data of option 125 exceeds 255 bytes.", nameof(subOptions));
        }

        var enterprise = CwmpSubOptions.BroadbandForumEnterprise;
        byte[] header = [(byte)(enterprise >> 24), (byte)(enterprise >> 16), (byte)(enterprise >> 8), (byte)enterprise, (byte)data.Count];
        return new DhcpOption(VendorIdentifyingSpecificCode, [.. header, .. data]);
    }

    private static void AppendSubOption(List<byte> target, byte code, byte[] value)
    {
        if (value.Length > 255)
        {
            throw new ArgumentException($"Sub-option {code} is {value.Length} bytes; at most 255 fit.", nameof(value));
        }

        target.Add(code);
        target.Add((byte)value.Length);
        target.AddRange(value);
    }

    internal static byte[] Ascii(string text, string what)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"The {what} must be printable ASCII: '{text}'.", nameof(text));
            }
        }

        return Encoding.ASCII.GetBytes(text);
    }
}
