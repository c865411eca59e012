using System.Net;
using Acs.Host.Startup;
using Acs.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Acs.Host.Tests.Startup;

public sealed class StartupTests
{
    [Fact]
    public async Task A_bootstrap_key_given_to_a_database_with_keys_is_not_applied_and_says_so()
    {
        await using var server = await AcsTestServer.StartAsync();
        await server.RestartAsync();
        var quietRestart = server.Logged.Count(e => e.Message.Contains("ACS_BOOTSTRAP_API_KEY", StringComparison.Ordinal));

        server.Settings["ACS_BOOTSTRAP_API_KEY"] = "acs_a-different-bootstrap-key-0123";
        await server.RestartAsync();
        using var withOther = server.Api("acs_a-different-bootstrap-key-0123");
        using var refused = await withOther.GetAsync("/api/v1/devices");

        Assert.Equal(0, quietRestart);
        var warning = Assert.Single(server.Logged, e => e.Message.Contains("ACS_BOOTSTRAP_API_KEY was not applied", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.DoesNotContain("acs_a-different-bootstrap-key-0123", warning.AllText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_second_server_on_the_same_data_directory_refuses_to_start()
    {
        await using var first = await AcsTestServer.StartAsync();

        var refusal = await Assert.ThrowsAsync<StartupRefusedException>(() => AcsTestServer.StartAsync(new() { ["ACS_DATA_DIR"] = first.DataDir }));

        Assert.Equal($"ACS_DATA_DIR: another Acs server is running on {first.DataDir}", refusal.Message);
    }

    [Fact]
    public async Task An_unknown_log_format_refuses_to_start()
    {
        var refusal = await Assert.ThrowsAsync<StartupRefusedException>(() => AcsTestServer.StartAsync(new() { ["ACS_LOG_FORMAT"] = "xml" }));

        Assert.StartsWith("ACS_LOG_FORMAT:", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listen_url_naming_a_host_refuses_to_start_and_points_at_the_public_url()
    {
        var refusal = await Assert.ThrowsAsync<StartupRefusedException>(() => AcsTestServer.StartAsync(new() { ["ACS_DEVICE_URL"] = "https://acs.example.com:7547" }));

        Assert.Contains("ACS_PUBLIC_URL", refusal.Message, StringComparison.Ordinal);
    }
}
