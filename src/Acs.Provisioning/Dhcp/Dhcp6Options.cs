namespace Acs.Provisioning.Dhcp;

// DHCPv6 counterparts of options 60 and 43 (CWMP reference, section 9.3).
public static class Dhcp6Options
{
    public const ushort VendorClassCode = 16;
    public const ushort VendorSpecificCode = 17;

    // Enterprise number, then each vendor-class-data item with a two-byte length.
    public static Dhcp6Option VendorClass(string vendorClass = CwmpSubOptions.VendorClass)
    {
        var data = DhcpOptions.Ascii(vendorClass, "vendor class");
        var value = new List<byte>();
        AppendEnterprise(value);
        AppendUInt16(value, data.Length);
        value.AddRange(data);
        return new Dhcp6Option(VendorClassCode, [.. value]);
    }

    // Enterprise number, then sub-options with two-byte code and two-byte length.
    public static Dhcp6Option AcsDiscovery(AcsDiscovery discovery)
    {
        var value = new List<byte>();
        AppendEnterprise(value);
        foreach (var (code, text) in discovery.SubOptions())
        {
            var data = DhcpOptions.Ascii(text, CwmpSubOptions.Name(code));
            AppendUInt16(value, code);
            AppendUInt16(value, data.Length);
            value.AddRange(data);
        }

        return new Dhcp6Option(VendorSpecificCode, [.. value]);
    }

    private static void AppendEnterprise(List<byte> target)
    {
        var enterprise = CwmpSubOptions.BroadbandForumEnterprise;
        target.AddRange([(byte)(enterprise >> 24), (byte)(enterprise >> 16), (byte)(enterprise >> 8), (byte)enterprise]);
    }

    private static void AppendUInt16(List<byte> target, int value)
    {
        target.Add((byte)(value >> 8));
        target.Add((byte)value);
    }
}
