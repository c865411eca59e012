using System.Text;

namespace Acs.Provisioning.Dhcp;

// Statements for ISC dhcpd's dhcpd.conf.
public static class IscDhcpdConfig
{
    public const string SpaceName = "cwmp";

    public static string AcsDiscovery(AcsDiscovery discovery)
    {
        var text = new StringBuilder();
        text.Append("option space ").Append(SpaceName).Append(" code width 1 length width 1;\n");
        var subOptions = discovery.SubOptions();
        foreach (var (code, _) in subOptions)
        {
            text.Append("option ").Append(SpaceName).Append('.').Append(OptionName(code)).Append(" code ").Append(code).Append(" = text;\n");
        }

        text.Append('\n');
        text.Append("class \"cwmp-cpe\" {\n");
        text.Append("  match if option vendor-class-identifier ~~ \"dslforum\\.org\";\n");
        text.Append("  vendor-option-space ").Append(SpaceName).Append(";\n");
        foreach (var (code, value) in subOptions)
        {
            text.Append("  option ").Append(SpaceName).Append('.').Append(OptionName(code)).Append(' ').Append(Quote(value)).Append(";\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    public static string PhoneProvisioning(PhoneServerOffer offer)
    {
        var text = new StringBuilder();
        text.Append("option cisco-tftp-servers code 150 = array of ip-address;\n");
        text.Append("option cisco-provisioning-server code 159 = text;\n");
        text.Append("option cisco-provisioning-url code 160 = text;\n");
        if (offer.TftpServerName is not null)
        {
            text.Append("option tftp-server-name ").Append(Quote(offer.TftpServerName)).Append(";\n");
        }

        if (offer.TftpServers is { Count: > 0 })
        {
            DhcpOptions.CiscoTftpServers(offer.TftpServers);
            text.Append("option cisco-tftp-servers ").AppendJoin(", ", offer.TftpServers).Append(";\n");
        }

        if (offer.ProvisioningServer is not null)
        {
            text.Append("option cisco-provisioning-server ").Append(Quote(offer.ProvisioningServer)).Append(";\n");
        }

        if (offer.ProvisioningUrl is not null)
        {
            text.Append("option cisco-provisioning-url ").Append(Quote(offer.ProvisioningUrl)).Append(";\n");
        }

        return text.ToString();
    }

    private static string OptionName(byte code) => code switch
    {
        CwmpSubOptions.AcsUrl => "acs-url",
        CwmpSubOptions.ProvisioningCode => "provisioning-code",
        CwmpSubOptions.RetryMinimumWaitInterval => "retry-minimum-wait-interval",
        _ => "retry-interval-multiplier",
    };

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
