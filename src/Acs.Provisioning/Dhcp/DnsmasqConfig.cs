using System.Text;

namespace Acs.Provisioning.Dhcp;

// Lines for a dnsmasq configuration file.
public static class DnsmasqConfig
{
    public const string CwmpTag = "cwmp-cpe";

    // dhcp-vendorclass matches a substring of option 60, so combined vendor classes are covered too.
    // Option 43 goes as colon-separated hex, which dnsmasq sends byte for byte.
    public static string AcsDiscovery(AcsDiscovery discovery)
    {
        var option = DhcpOptions.AcsDiscovery(discovery);
        var text = new StringBuilder();
        text.Append("# TR-069 ACS discovery for clients whose option 60 contains \"").Append(CwmpSubOptions.VendorClass).Append("\"\n");
        text.Append("dhcp-vendorclass=set:").Append(CwmpTag).Append(',').Append(CwmpSubOptions.VendorClass).Append('\n');
        text.Append("dhcp-option=tag:").Append(CwmpTag).Append(",43,").Append(HexText.WithColons(option.Value)).Append('\n');
        return text.ToString();
    }

    // Text options are written quoted for readability; values that would need escaping are refused.
    public static string PhoneProvisioning(PhoneServerOffer offer)
    {
        foreach (var option in offer.Options())
        {
            if (option.Value.Any(b => b is (byte)'"' or (byte)'\\'))
            {
                throw new ArgumentException($"Option {option.Code} contains a quote or backslash.", nameof(offer));
            }
        }

        var text = new StringBuilder("# Cisco MPP phone provisioning server\n");
        if (offer.TftpServerName is not null)
        {
            text.Append("dhcp-option=66,\"").Append(offer.TftpServerName).Append("\"\n");
        }

        if (offer.TftpServers is { Count: > 0 })
        {
            text.Append("dhcp-option=150,").AppendJoin(',', offer.TftpServers).Append('\n');
        }

        if (offer.ProvisioningServer is not null)
        {
            text.Append("dhcp-option=159,\"").Append(offer.ProvisioningServer).Append("\"\n");
        }

        if (offer.ProvisioningUrl is not null)
        {
            text.Append("dhcp-option=160,\"").Append(offer.ProvisioningUrl).Append("\"\n");
        }

        return text.ToString();
    }
}
