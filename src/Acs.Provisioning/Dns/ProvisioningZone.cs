using System.Globalization;
using System.Net;
using System.Text;

namespace Acs.Provisioning.Dns;

// Zone-file text for the phones' DNS SRV discovery. The phone forms the owner names from the domain
// DHCP gave it, so that domain is the zone here.
public static class ProvisioningZone
{
    public static string SrvRecords(string domain, IEnumerable<ProvisioningSrvRecord> records, int ttlSeconds = 86400)
    {
        var text = new StringBuilder();
        foreach (var record in records.OrderBy(r => r.Scheme == ProvisioningScheme.Https ? 0 : 1).ThenBy(r => r.Priority).ThenBy(r => r.Weight))
        {
            text.Append(CultureInfo.InvariantCulture, $"{record.OwnerName(domain)} {ttlSeconds} IN SRV {record.Priority} {record.Weight} {record.Port} {ProvisioningSrvRecord.Absolute(record.Target)}\n");
        }

        return text.ToString();
    }

    // A minimal self-contained zone (SOA, NS, glue A, the targets' A records) so that the SRV
    // snippet can be checked with named-checkzone or loaded as is into a test server.
    public static string CompleteZone(
        string domain, IEnumerable<ProvisioningSrvRecord> records, IPAddress nameServerAddress, IReadOnlyDictionary<string, IPAddress> targetAddresses, uint serial = 1)
    {
        var origin = ProvisioningSrvRecord.Absolute(domain);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"$ORIGIN {origin}\n");
        text.Append("$TTL 3600\n");
        text.Append(CultureInfo.InvariantCulture, $"@ IN SOA ns1.{origin} hostmaster.{origin} {serial} 3600 900 604800 300\n");
        text.Append(CultureInfo.InvariantCulture, $"@ IN NS ns1.{origin}\n");
        text.Append(CultureInfo.InvariantCulture, $"ns1.{origin} IN A {nameServerAddress}\n");
        foreach (var (host, address) in targetAddresses.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{ProvisioningSrvRecord.Absolute(host)} IN A {address}\n");
        }

        text.Append(SrvRecords(domain, records));
        return text.ToString();
    }
}
