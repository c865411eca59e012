using System.Net;

namespace Acs.Provisioning.Dhcp;

// What a DHCP server tells MPP phones about where to fetch profiles; any subset may be set.
public sealed record PhoneServerOffer(
    string? TftpServerName = null,
    IReadOnlyList<IPAddress>? TftpServers = null,
    string? ProvisioningServer = null,
    string? ProvisioningUrl = null)
{
    public IReadOnlyList<DhcpOption> Options()
    {
        var options = new List<DhcpOption>();
        if (TftpServerName is not null)
        {
            options.Add(DhcpOptions.TftpServerName(TftpServerName));
        }

        if (TftpServers is { Count: > 0 })
        {
            options.Add(DhcpOptions.CiscoTftpServers(TftpServers));
        }

        if (ProvisioningServer is not null)
        {
            options.Add(DhcpOptions.CiscoProvisioningServer(ProvisioningServer));
        }

        if (ProvisioningUrl is not null)
        {
            options.Add(DhcpOptions.CiscoProvisioningUrl(ProvisioningUrl));
        }

        return options;
    }
}
