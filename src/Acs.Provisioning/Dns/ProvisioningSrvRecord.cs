namespace Acs.Provisioning.Dns;

// One SRV record a Cisco phone looks up for "[--srv]" profile rules.
public sealed record ProvisioningSrvRecord(ProvisioningScheme Scheme, ushort Priority, ushort Weight, ushort Port, string Target)
{
    public string OwnerName(string domain) => Scheme switch
    {
        ProvisioningScheme.Https => $"_ciscoprov-https._tls.{Absolute(domain)}",
        _ => $"_ciscoprov-http._tcp.{Absolute(domain)}",
    };

    internal static string Absolute(string name) => name.EndsWith('.') ? name : name + ".";
}
