using Acs.Testing;
using System.Net;
using System.Text.Json.Nodes;
using Acs.Provisioning.Dhcp;
using Acs.Provisioning.Tests.Tools;

namespace Acs.Provisioning.Tests.Dhcp;

// The snippets are checked by the servers themselves: kea-dhcp4 -t and dnsmasq --test.
public class DhcpServerConfigTests
{
    private static readonly AcsDiscovery Discovery = new("https://acs.example.com:7547/cwmp", "VOICE,01", 10, 3000);
    private static readonly PhoneServerOffer Offer = new(
        "tftp.example.com",
        [IPAddress.Parse("192.0.2.5"), IPAddress.Parse("192.0.2.6")],
        "http://192.0.2.5:6970",
        "https://prov.example.com/cisco");

    [Fact]
    public void Kea_accepts_the_acs_discovery_and_phone_fragments()
    {
        var config = new JsonObject
        {
            ["interfaces-config"] = new JsonObject { ["interfaces"] = new JsonArray() },
            ["lease-database"] = new JsonObject { ["type"] = "memfile", ["persist"] = false },
            ["subnet4"] = new JsonArray
            {
                new JsonObject
                {
                    ["id"] = 1,
                    ["subnet"] = "192.0.2.0/24",
                    ["pools"] = new JsonArray { new JsonObject { ["pool"] = "192.0.2.100 - 192.0.2.200" } },
                },
            },
        };
        Merge(config, KeaConfig.AcsDiscovery(Discovery));
        Merge(config, KeaConfig.PhoneProvisioning(Offer));
        using var scratch = new ScratchDirectory();
        var file = scratch.Write("kea-dhcp4.conf", new JsonObject { ["Dhcp4"] = config }.ToJsonString());

        var run = ExternalTool.Run("/usr/sbin/kea-dhcp4", ["-t", file]);

        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public void Kea_fragment_matches_the_vendor_class_and_escapes_commas()
    {
        var fragment = JsonNode.Parse(KeaConfig.AcsDiscovery(Discovery))!;
        var clientClass = fragment["client-classes"]![0]!;

        Assert.Equal("substring(option[60].hex,-12,all) == 'dslforum.org'", (string?)clientClass["test"]);
        Assert.Contains(clientClass["option-data"]!.AsArray(), o => (string?)o!["data"] == "VOICE\\,01");
        Assert.Equal(4, fragment["option-def"]!.AsArray().Count);
    }

    [Fact]
    public void Dnsmasq_accepts_the_acs_discovery_and_phone_lines()
    {
        using var scratch = new ScratchDirectory();
        var file = scratch.Write("dnsmasq.conf", DnsmasqConfig.AcsDiscovery(Discovery) + DnsmasqConfig.PhoneProvisioning(Offer));

        var run = ExternalTool.Run("/usr/sbin/dnsmasq", ["--test", $"--conf-file={file}"]);

        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public void Dnsmasq_lines_send_option_43_bytes_to_tagged_clients()
    {
        var text = DnsmasqConfig.AcsDiscovery(new AcsDiscovery("http://acs/ws1"));

        Assert.Contains("dhcp-vendorclass=set:cwmp-cpe,dslforum.org\n", text, StringComparison.Ordinal);
        Assert.Contains("dhcp-option=tag:cwmp-cpe,43,01:0e:68:74:74:70:3a:2f:2f:61:63:73:2f:77:73:31\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dhcpd_statements_declare_the_space_and_the_class()
    {
        var text = IscDhcpdConfig.AcsDiscovery(Discovery);

        Assert.Contains("option space cwmp code width 1 length width 1;", text, StringComparison.Ordinal);
        Assert.Contains("option cwmp.acs-url code 1 = text;", text, StringComparison.Ordinal);
        Assert.Contains("match if option vendor-class-identifier ~~ \"dslforum\\.org\";", text, StringComparison.Ordinal);
        Assert.Contains("option cwmp.acs-url \"https://acs.example.com:7547/cwmp\";", text, StringComparison.Ordinal);
        Assert.Contains("option cwmp.retry-interval-multiplier \"3000\";", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dhcpd_phone_statements_list_the_tftp_servers()
    {
        var text = IscDhcpdConfig.PhoneProvisioning(Offer);

        Assert.Contains("option cisco-tftp-servers 192.0.2.5, 192.0.2.6;", text, StringComparison.Ordinal);
        Assert.Contains("option cisco-provisioning-url \"https://prov.example.com/cisco\";", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dnsmasq_refuses_values_it_would_need_to_escape()
    {
        Assert.Throws<ArgumentException>(() => DnsmasqConfig.PhoneProvisioning(new PhoneServerOffer(ProvisioningUrl: "http://p/\"x")));
    }

    private static void Merge(JsonObject target, string fragment)
    {
        foreach (var (key, value) in JsonNode.Parse(fragment)!.AsObject().ToList())
        {
            target[key] = value!.DeepClone();
        }
    }
}
