using Acs.Host.Startup;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.Http;

namespace Acs.Host.Tests.Planes;

public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_known_proxy_the_recorded_device_address_is_the_forwarded_client()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });

        var address = await InformThroughProxyAsync(server, "198.51.100.7");

        Assert.Equal("198.51.100.7", address);
    }

    [Fact]
    public async Task A_known_proxy_range_is_trusted_too()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:ForwardedHeaders:KnownProxies:0"] = "127.0.0.0/8" });

        Assert.Equal("203.0.113.9", await InformThroughProxyAsync(server, "203.0.113.9"));
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:ForwardedHeaders:KnownProxies:0"] = "192.0.2.1" });

        Assert.Equal("127.0.0.1", await InformThroughProxyAsync(server, "198.51.100.7"));
    }

    [Fact]
    public async Task Without_known_proxies_forwarded_headers_are_ignored()
    {
        await using var server = await AcsTestServer.StartAsync();

        Assert.Equal("127.0.0.1", await InformThroughProxyAsync(server, "198.51.100.7"));
    }

    [Fact]
    public async Task A_malformed_proxy_refuses_to_start()
    {
        var refusal = await Assert.ThrowsAsync<StartupRefusedException>(() =>
            AcsTestServer.StartAsync(new() { ["Acs:ForwardedHeaders:KnownProxies:0"] = "proxy.example.com" }));

        Assert.StartsWith("Acs:ForwardedHeaders:KnownProxies:", refusal.Message, StringComparison.Ordinal);
    }

    private static async Task<string?> InformThroughProxyAsync(AcsTestServer server, string client)
    {
        var device = Devices.Gateway(server);
        using var http = new HttpClient(CwmpClient.CreateHandler(1));
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var session = await device.RunSessionAsync(server.DeviceUrl, http, CancellationToken.None);

        Assert.True(session.Completed, session.Error);
        return (await server.Devices.GetAsync(Devices.IdOf(device)))!.IpAddress;
    }
}
