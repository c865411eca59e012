using Acs.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Acs.Host.Tests.Infrastructure;

namespace Acs.Host.Tests.Phones;

// The configuration the API hands out is checked by the real servers it is meant for.
public sealed class DiscoveryTests
{
    private static readonly Dictionary<string, string?> Urls = new()
    {
        ["Acs:Provisioning:AcsUrl"] = "http://acs.example.com:7547/",
        ["Acs:Provisioning:ProfileBaseUrl"] = "http://192.0.2.10:7547",
    };

    [Fact]
    public async Task The_dhcp_options_carry_the_bytes_of_the_worked_examples()
    {
        await using var server = await AcsTestServer.StartAsync(Urls);

        var dhcp = await server.Api().GetFromJsonAsync<JsonElement>("/api/v1/discovery/dhcp");
        var wire = dhcp.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("code").GetInt32(), o => o.GetProperty("wire").GetString());

        // 43: sub-option 1 (ACS URL), 28 bytes of text; 160: the profile URL as text; 150: one IPv4 address.
        Assert.Equal("2b1e011c687474703a2f2f6163732e6578616d706c652e636f6d3a373534372f", wire[43]);
        Assert.Equal("3c0c64736c666f72756d2e6f7267", wire[60]);
        Assert.Equal("420a3139322e302e322e3130", wire[66]);
        Assert.Equal("9604c000020a", wire[150]);
        Assert.Equal("a016687474703a2f2f3139322e302e322e31303a37353437", wire[160]);
        var v6 = dhcp.GetProperty("dhcp6Options").EnumerateArray().ToDictionary(o => o.GetProperty("code").GetInt32(), o => o.GetProperty("wire").GetString());
        Assert.Equal("0011" + "0024" + "00000de9" + "0001" + "001c" + "687474703a2f2f6163732e6578616d706c652e636f6d3a373534372f", v6[17]);
        Assert.Equal("0010" + "0012" + "00000de9" + "000c" + "64736c666f72756d2e6f7267", v6[16]);
    }

    [Fact]
    public async Task Kea_accepts_the_generated_configuration()
    {
        await using var server = await AcsTestServer.StartAsync(Urls);
        var dhcp = await server.Api().GetFromJsonAsync<JsonElement>("/api/v1/discovery/dhcp");
        var config = new JsonObject
        {
            ["interfaces-config"] = new JsonObject { ["interfaces"] = new JsonArray() },
            ["lease-database"] = new JsonObject { ["type"] = "memfile", ["persist"] = false },
            ["subnet4"] = new JsonArray { new JsonObject { ["id"] = 1, ["subnet"] = "192.0.2.0/24" } },
        };
        foreach (var (key, value) in JsonNode.Parse(dhcp.GetProperty("kea").GetString()!)!.AsObject().ToList())
        {
            config[key] = value?.DeepClone();
        }

        using var scratch = new ScratchDirectory();
        var run = ExternalTool.Run("/usr/sbin/kea-dhcp4", ["-t", scratch.Write("kea-dhcp4.conf", new JsonObject { ["Dhcp4"] = config }.ToJsonString())]);

        Assert.True(run.ExitCode == 0, run.Describe());
    }

    [Fact]
    public async Task Dnsmasq_accepts_the_generated_configuration()
    {
        await using var server = await AcsTestServer.StartAsync(Urls);
        var dhcp = await server.Api().GetFromJsonAsync<JsonElement>("/api/v1/discovery/dhcp");

        using var scratch = new ScratchDirectory();
        var file = scratch.Write("dnsmasq.conf", dhcp.GetProperty("dnsmasq").GetString()!);
        var run = ExternalTool.Run("/usr/sbin/dnsmasq", ["--test", $"--conf-file={file}"]);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("dhcp-option=160,\"http://192.0.2.10:7547\"", dhcp.GetProperty("dnsmasq").GetString(), StringComparison.Ordinal);
        Assert.Contains("option cisco-provisioning-url \"http://192.0.2.10:7547\";", dhcp.GetProperty("iscDhcpd").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_checkzone_accepts_the_srv_records_in_a_zone()
    {
        await using var server = await AcsTestServer.StartAsync(Urls);

        var srv = await server.Api().GetFromJsonAsync<JsonElement>("/api/v1/discovery/dns-srv?domain=example.com&target=prov.example.com");
        var snippet = srv.GetProperty("zone").GetString()!;
        var zone = "$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 900 604800 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\nprov IN A 192.0.2.10\n" + snippet;
        using var scratch = new ScratchDirectory();
        var run = ExternalTool.Run("/usr/bin/named-checkzone", ["example.com", scratch.Write("example.com.zone", zone)]);

        Assert.True(run.ExitCode == 0, run.Describe());
        // Served over plain HTTP: no https record is advertised (see HttpsTests for the https one).
        Assert.Equal("_ciscoprov-http._tcp.example.com. 86400 IN SRV 10 10 7547 prov.example.com.\n", snippet);
    }

    [Fact]
    public async Task An_srv_target_that_is_an_address_is_refused()
    {
        await using var server = await AcsTestServer.StartAsync(Urls);

        using var response = await server.Api().GetAsync("/api/v1/discovery/dns-srv?domain=example.com");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_option_43_is_explained_field_by_field()
    {
        await using var server = await AcsTestServer.StartAsync();

        using var response = await server.Api().PostAsJsonAsync("/api/v1/discovery/dhcp/decode", new { option = 43, hex = "2b:0b:01:09:68:74:74:70:3a:2f:2f:61:2f" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fields = body.GetProperty("fields").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, fields.Count);
        Assert.Equal("http://a/", fields[1].GetProperty("value").GetString());
    }

    [Theory]
    [InlineData(43, "2b:0b:01:09:68", "Truncated")]
    [InlineData(43, "2b:zz", "InvalidHex")]
    [InlineData(125, "7d:05:00:00:0d", "Truncated")]
    public async Task Bad_or_truncated_hex_gets_400_problem_details_with_the_reason(int option, string hex, string reason)
    {
        await using var server = await AcsTestServer.StartAsync();

        using var response = await server.Api().PostAsJsonAsync("/api/v1/discovery/dhcp/decode", new { option, hex });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
    }
}
