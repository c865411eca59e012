using Acs.Core.Persistence;
using Acs.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Acs.Host.Tests.Phones;

public sealed class ProfileServingTests
{
    private static readonly Phone Phone = new("00562b043615");

    [Fact]
    public async Task A_phone_with_only_a_mac_layer_is_provisioned_over_http_and_recorded_in_the_registry()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, "default", new { parameters = Layers.Parameters(("Resync_Periodic", "3600"), ("Station_Name", "default")) });
        await Layers.PutAsync(server, "models/CP-8851-3PCC", new { parameters = Layers.Parameters(("Station_Name", "model"), ("Display_Name_1_", new { value = "Desk $MA", ua = "rw" })) });
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Station_Name", "Lobby & <Hall>"), ("Password_1_", new { value = "s3cret", ua = "na", secret = true })) });

        var response = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/xml", response.Header("content-type"), StringComparison.Ordinal);
        Assert.Equal(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <device>
              <flat-profile>
                <Resync_Periodic>3600</Resync_Periodic>
                <Station_Name>Lobby &amp; &lt;Hall&gt;</Station_Name>
                <Display_Name_1_ ua="rw">Desk 00562b043615</Display_Name_1_>
                <Password_1_ ua="na">s3cret</Password_1_>
              </flat-profile>
            </device>

            """.ReplaceLineEndings("\n"),
            response.Text);

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<AcsDbContext>>().CreateDbContextAsync();
        var device = await db.Devices.SingleAsync(d => d.MacAddress == Phone.Mac);
        Assert.Equal("00562B-CP%2D8851%2D3PCC-00562B043615", device.Id);
        Assert.Equal("12.0.1", device.SoftwareVersion);
        Assert.Equal("127.0.0.1", device.IpAddress);
        Assert.NotNull(device.LastResync);
    }

    [Theory]
    [InlineData("/8851-3PCC.xml")]
    [InlineData("/7841-3PCC.xml")]
    public async Task A_factory_fresh_phone_gets_the_bootstrap_pointing_at_its_own_profile(string path)
    {
        await using var server = await AcsTestServer.StartAsync();

        var response = Curl.Get(Layers.Url(server, path), userAgent: null);

        Assert.Equal(200, response.Status);
        Assert.Contains($"<Profile_Rule ua=\"na\">{server.DeviceUrl}phones/$MA.xml</Profile_Rule>", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cisco_device_file_redirects_to_the_per_device_url()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Station_Name", "x")) });

        var redirect = Curl.Get(Layers.Url(server, $"/Cisco/CP-8851-3PCC/{Phone.Mac}.cfg"), Phone.UserAgent);
        var followed = Curl.Get(Layers.Url(server, $"/Cisco/CP-8851-3PCC/{Phone.Mac}.cfg"), Phone.UserAgent, "--location");

        Assert.Equal(302, redirect.Status);
        Assert.Equal($"{server.DeviceUrl}phones/{Phone.Mac}.xml", redirect.Header("location"));
        Assert.Equal(200, followed.Status);
        Assert.Contains("<Station_Name>x</Station_Name>", followed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mac_without_a_profile_gets_404_and_never_an_html_page()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, "default", new { parameters = Layers.Parameters(("Resync_Periodic", "3600")) });

        var unknown = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);
        var noSuchFile = Curl.Get(Layers.Url(server, "/index.html"), Phone.UserAgent);
        var root = Curl.Get(Layers.Url(server, "/"), Phone.UserAgent);

        Assert.Equal(404, unknown.Status);
        Assert.Equal(404, noSuchFile.Status);
        Assert.Equal(404, root.Status);
        Assert.All([unknown, noSuchFile, root], r => Assert.DoesNotContain("html", r.Header("content-type"), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_automatic_registration_an_unknown_phone_gets_the_shared_layers()
    {
        await using var server = await AcsTestServer.StartAsync(new() { ["Acs:Provisioning:AutoRegister"] = "true" });
        await Layers.PutAsync(server, "default", new { parameters = Layers.Parameters(("Resync_Periodic", "3600")) });

        var response = Curl.Get(Layers.Url(server, Phone.ProfilePath), Phone.UserAgent);

        Assert.Equal(200, response.Status);
        Assert.Contains("<Resync_Periodic>3600</Resync_Periodic>", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_agent_naming_another_mac_is_refused_with_403_and_a_warning_without_secrets()
    {
        var warnings = new WarningCollector();
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(warnings));
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Password_1_", new { value = "s3cret", secret = true })) });
        var impostor = Phone with { Mac = "00562b04ffff" };

        var profile = Curl.Get(Layers.Url(server, Phone.ProfilePath), impostor.UserAgent);
        var device = Curl.Get(Layers.Url(server, $"/Cisco/CP-8851-3PCC/{Phone.Mac}.cfg"), impostor.UserAgent);

        Assert.Equal(403, profile.Status);
        Assert.Equal(403, device.Status);
        Assert.Equal(2, warnings.Messages.Count(m => m.Contains("00562b04ffff", StringComparison.Ordinal)));
        Assert.DoesNotContain(warnings.Messages, m => m.Contains("s3cret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_layer_with_credentials_asks_for_digest_and_curl_digest_gets_the_profile()
    {
        await using var server = await AcsTestServer.StartAsync();
        await Layers.PutAsync(server, "models/CP-8851-3PCC", new { parameters = Layers.Parameters(("Station_Name", "x")), credentials = new { username = "phone", password = "pa55" } });
        await Layers.PutAsync(server, $"macs/{Phone.Mac}", new { parameters = Layers.Parameters(("Resync_Periodic", "60")) });
        var url = Layers.Url(server, Phone.ProfilePath);

        var anonymous = Curl.Get(url, Phone.UserAgent);
        var wrong = Curl.Get(url, Phone.UserAgent, "--digest", "--user", "phone:nope");
        var right = Curl.Get(url, Phone.UserAgent, "--digest", "--user", "phone:pa55");

        Assert.Equal(401, anonymous.Status);
        Assert.StartsWith("Digest realm=\"Acs phones\"", anonymous.Header("www-authenticate"), StringComparison.Ordinal);
        Assert.Equal(401, wrong.Status);
        Assert.Equal(200, right.Status);
        Assert.Contains("<Resync_Periodic>60</Resync_Periodic>", right.Text, StringComparison.Ordinal);
    }

    private sealed class WarningCollector : ILoggerProvider, ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Messages.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
