using Acs.Testing;
using System.Net;
using Acs.Provisioning.Dns;
using Acs.Provisioning.Tests.Tools;

namespace Acs.Provisioning.Tests.Dns;

public class ProvisioningZoneTests
{
    private static readonly ProvisioningSrvRecord[] Records =
    [
        new(ProvisioningScheme.Http, 10, 50, 80, "px1.example.com"),
        new(ProvisioningScheme.Https, 10, 20, 443, "pr2.example.com."),
        new(ProvisioningScheme.Https, 10, 60, 443, "pr1.example.com"),
    ];

    [Fact]
    public void Srv_records_use_the_names_cisco_phones_look_up()
    {
        var text = ProvisioningZone.SrvRecords("example.com", Records);

        Assert.Equal(
            "_ciscoprov-https._tls.example.com. 86400 IN SRV 10 20 443 pr2.example.com.\n" +
            "_ciscoprov-https._tls.example.com. 86400 IN SRV 10 60 443 pr1.example.com.\n" +
            "_ciscoprov-http._tcp.example.com. 86400 IN SRV 10 50 80 px1.example.com.\n",
            text);
    }

    [Fact]
    public void Named_checkzone_loads_the_complete_zone()
    {
        var zone = ProvisioningZone.CompleteZone(
            "example.com",
            Records,
            IPAddress.Parse("192.0.2.53"),
            new Dictionary<string, IPAddress>
            {
                ["pr1.example.com"] = IPAddress.Parse("192.0.2.10"),
                ["pr2.example.com"] = IPAddress.Parse("192.0.2.11"),
                ["px1.example.com"] = IPAddress.Parse("192.0.2.12"),
            });
        using var scratch = new ScratchDirectory();
        var file = scratch.Write("example.com.zone", zone);

        var run = ExternalTool.Run("/usr/bin/named-checkzone", ["example.com", file]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("OK", System.Text.Encoding.UTF8.GetString(run.StandardOutput), StringComparison.Ordinal);
    }
}
