using System.Net;
using Acs.Host.Startup;
using Acs.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Planes;

public sealed class PublicUrlTests
{
    [Fact]
    public async Task Acs_public_url_is_what_dhcp_profiles_and_file_downloads_give_devices()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["ACS_PUBLIC_URL"] = "https://acs.example.com" });
        using var api = server.Api();

        var dhcp = await api.GetJsonAsync("/api/v1/discovery/dhcp");
        var bootstrap = Curl.Get(new Uri(server.DeviceUrl, "/8851-3PCC.xml"), null);
        using var created = await api.PostAsync("/api/v1/files", new MultipartFormDataContent
        {
            { new StringContent("1 Firmware Upgrade Image"), "fileType" },
            { new ByteArrayContent([1, 2, 3]), "file", "fw.bin" },
        });
        var file = await created.JsonAsync();

        Assert.Equal("https://acs.example.com/", dhcp.GetProperty("acsUrl").GetString());
        Assert.Equal("https://acs.example.com", dhcp.GetProperty("profileUrl").GetString());
        Assert.Contains("https://acs.example.com/", dhcp.GetProperty("kea").GetString(), StringComparison.Ordinal);
        Assert.Contains("<Profile_Rule ua=\"na\">https://acs.example.com/phones/$MA.xml</Profile_Rule>", bootstrap.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("https://acs.example.com/files/", file.GetProperty("url").GetString(), StringComparison.Ordinal);
        var report = Assert.Single(server.Logged, e => e.Message.StartsWith("Devices are given:", StringComparison.Ordinal));
        Assert.Equal(
            "Devices are given: CWMP URL https://acs.example.com/, profile base https://acs.example.com, file base https://acs.example.com/",
            report.Message);
        Assert.DoesNotContain(server.Logged, e => e.Level == LogLevel.Warning && e.Message.Contains("ACS_PUBLIC_URL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_url_set_on_its_own_wins_over_the_public_url()
    {
        await using var server = await AcsTestServer.StartAsync(new()
        {
            ["ACS_PUBLIC_URL"] = "https://acs.example.com/",
            ["Acs:Provisioning:ProfileBaseUrl"] = "http://prov.example.com:8081",
            ["Acs:Files:DeviceBaseUrl"] = "http://files.example.com",
        });
        using var api = server.Api();

        var dhcp = await api.GetJsonAsync("/api/v1/discovery/dhcp");

        Assert.Equal("https://acs.example.com/", dhcp.GetProperty("acsUrl").GetString());
        Assert.Equal("http://prov.example.com:8081", dhcp.GetProperty("profileUrl").GetString());
        Assert.Contains(server.Logged, e => e.Message.EndsWith("file base http://files.example.com/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_public_url_loopback_addresses_are_warned_about_at_start()
    {
        await using var server = await AcsTestServer.StartAsync();

        var warnings = server.Logged.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("set ACS_PUBLIC_URL", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("is a loopback address", w.Message, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.StartsWith($"The CWMP URL {server.DeviceUrl}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("acs.example.com")]
    [InlineData("ftp://acs.example.com")]
    [InlineData("https://acs.example.com/?x=1")]
    public async Task A_malformed_public_url_refuses_to_start(string url)
    {
        var refusal = await Assert.ThrowsAsync<StartupRefusedException>(() => AcsTestServer.StartAsync(new() { ["ACS_PUBLIC_URL"] = url }));

        Assert.StartsWith("ACS_PUBLIC_URL:", refusal.Message, StringComparison.Ordinal);
    }
}
