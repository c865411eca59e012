using System.Text.Json;
using Acs.Core.Tasks;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.DataModel;
using Acs.Simulator.Device;
using Acs.Simulator.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static Acs.Host.Tests.Api.ApiJson;

namespace Acs.Host.Tests.Observability;

public sealed class LoggingTests
{
    [Fact]
    public async Task Every_session_is_logged_once_at_its_end_with_events_rpcs_outcome_and_duration()
    {
        await using var server = await AcsTestServer.StartAsync();
        var phone = Devices.Phone(server);
        var id = Devices.IdOf(phone);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        await server.Tasks.QueueAsync(id, TaskKind.GetParameterValues, """{"parameterNames":["Device.DeviceInfo."]}""");
        await server.Tasks.QueueAsync(id, TaskKind.GetRPCMethods);
        phone.Events.Add("2 PERIODIC");
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        var ended = server.Logged.Where(e => e.Message.Contains($"of {id} ended", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, ended.Count);
        Assert.All(ended, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.Matches($"^Session [0-9a-f]{{32}} of {System.Text.RegularExpressions.Regex.Escape(id)} ended: completed after [0-9]+ ms; events \\[0 BOOTSTRAP, 1 BOOT\\]; 0 RPCs sent \\[\\]$", ended[0].Message);
        Assert.EndsWith("; events [2 PERIODIC]; 2 RPCs sent [GetParameterValues, GetRPCMethods]", ended[1].Message, StringComparison.Ordinal);
        Assert.Contains("Device=" + id, ended[1].Values);
        Assert.Contains("Outcome=completed", ended[1].Values);
    }

    [Fact]
    public async Task A_session_the_device_walks_away_from_is_logged_once_when_it_times_out()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await AcsTestServer.StartAsync(services: s => s.AddSingletonTimeProvider(clock));
        var phone = Devices.Phone(server, behaviour: new DeviceBehaviour { DropConnectionOnAcsRequest = 1 });
        var id = Devices.IdOf(phone);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        await server.Tasks.QueueAsync(id, TaskKind.GetRPCMethods);
        phone.Events.Add("2 PERIODIC");
        Assert.False((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);

        clock.Advance(TimeSpan.FromSeconds(31));
        await server.Engine.SweepAsync();
        await server.Engine.SweepAsync();

        var ended = server.Logged.Where(e => e.Message.Contains($"of {id} ended", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ended.Count);
        Assert.EndsWith("ended: idle_timeout after 31000 ms; events [2 PERIODIC]; 1 RPCs sent [GetRPCMethods]", ended[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_secret_appears_in_any_log_entry_at_any_level()
    {
        const string SharedCpePassword = "cpe-shared-Pa55word";
        const string DevicePassword = "cpe-own-Pa55word";
        const string CrPassword = "cr-default-Pa55word";
        const string DeviceCrPassword = "cr-device-Pa55word";
        const string WebhookSecret = "webhook-hmac-Secret";
        const string SipPassword = "sip-line-Pa55word";
        const string DownloadPassword = "download-Pa55word";
        const string LayerPassword = "layer-digest-Pa55word";
        const string Passphrase = "profile-Passphrase";
        const string ParameterPassword = "set-parameter-Pa55word";
        await using var server = await AcsTestServer.StartAsync(
            new()
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
                ["Logging:LogLevel:System"] = "Trace",
                ["Acs:DeviceAuth:Mode"] = "Digest",
                ["Acs:DeviceAuth:Username"] = "cpe",
                ["Acs:DeviceAuth:Password"] = SharedCpePassword,
                ["Acs:ConnectionRequest:Username"] = "acs",
                ["Acs:ConnectionRequest:Password"] = CrPassword,
            },
            logLevel: LogLevel.Trace);
        using var api = server.Api();
        await using var listener = new ConnectionRequestListener();

        // A key made through the API; a webhook with a secret whose deliveries fail (nothing listens there).
        using var key = await api.PostAsync("/api/v1/keys", Body("""{"name":"ci","role":"operator"}"""));
        var apiKey = (await key.JsonAsync()).GetProperty("secret").GetString()!;
        using var hook = await api.PostAsync("/api/v1/webhooks", Body($$"""{"url":"http://127.0.0.1:9/hook","events":["task.done"],"secret":"{{WebhookSecret}}"}"""));
        Assert.True(hook.IsSuccessStatusCode);

        // A shared-credential phone and a gateway with its own credentials, both waking by Digest connection requests.
        var phone = Devices.Phone(server, settings: new DeviceSettings { Username = "cpe", Password = SharedCpePassword, ConnectionRequestUsername = "acs", ConnectionRequestPassword = CrPassword });
        var gateway = Devices.Gateway(server, settings: new DeviceSettings { Username = "gw-own", Password = DevicePassword, ConnectionRequestUsername = "gw-cr", ConnectionRequestPassword = DeviceCrPassword });
        await server.Devices.ProvisionAsync(gateway.DeviceId.OUI, gateway.DeviceId.ProductClass, gateway.DeviceId.SerialNumber,
            "gw-own", DevicePassword, "gw-cr", DeviceCrPassword);
        listener.Register(phone);
        listener.Register(gateway);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        Assert.True((await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        using var trace = await api.PutAsync($"/api/v1/devices/{Segment(Devices.IdOf(phone))}/trace", Body("""{"duration":600}"""));
        Assert.True(trace.IsSuccessStatusCode);

        // Secrets in task arguments, sent through the REST API with connection requests.
        var line = "Device.Services.VoiceService.1.VoiceProfile.1.Line.1.SIP.AuthPassword";
        using var set = await api.PostAsync($"/api/v1/devices/{Segment(Devices.IdOf(phone))}/tasks?connectionRequest=true",
            Body($$"""{"name":"setParameterValues","parameterValues":[{"name":"{{line}}","value":"{{SipPassword}}"},{"name":"Device.ManagementServer.ConnectionRequestPassword","value":"{{ParameterPassword}}"}]}"""));
        var phoneSession = await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        using var download = await api.PostAsync($"/api/v1/devices/{Segment(Devices.IdOf(gateway))}/tasks?connectionRequest=true",
            Body($$"""{"name":"download","fileType":"1 Firmware Upgrade Image","url":"http://127.0.0.1:9/fw.bin","username":"dl","password":"{{DownloadPassword}}"}"""));
        var gatewaySession = await gateway.RunSessionAsync(server.DeviceUrl, CancellationToken.None);
        Assert.True(phoneSession.Completed, phoneSession.Error);
        Assert.True(gatewaySession.Completed, gatewaySession.Error);

        // A phone profile behind Digest credentials, encrypted, with a secret parameter, fetched with and without credentials.
        using var layer = await api.PutAsync("/api/v1/profiles/macs/00562b0436aa", Body(JsonSerializer.Serialize(new
        {
            parameters = new Dictionary<string, object> { ["Password_1_"] = new { value = SipPassword, secret = true } },
            credentials = new { username = "phone", password = LayerPassword },
            encryption = new { method = "aes-256-cbc", passphrase = Passphrase, digest = "sha256" },
        })));
        Assert.True(layer.IsSuccessStatusCode, await layer.Content.ReadAsStringAsync());
        Assert.Equal(401, Curl.Get(new Uri(server.DeviceUrl, "/phones/00562b0436aa.xml"), "Cisco-CP-8851-3PCC/12.0.1 (00562b0436aa)").Status);
        Assert.Equal(200, Curl.Get(new Uri(server.DeviceUrl, "/phones/00562b0436aa.xml"), "Cisco-CP-8851-3PCC/12.0.1 (00562b0436aa)",
            "--digest", "--user", $"phone:{LayerPassword}").Status);
        using var scrape = await api.GetAsync("/metrics");
        using var used = await server.Api(apiKey).GetAsync("/api/v1/devices");
        Assert.True(used.IsSuccessStatusCode);
        await server.RestartAsync();

        var secrets = new[]
        {
            SharedCpePassword, DevicePassword, CrPassword, DeviceCrPassword, WebhookSecret, SipPassword, DownloadPassword, LayerPassword,
            Passphrase, ParameterPassword, AcsTestServer.AdminKey, apiKey,
        };
        Assert.True(server.Logged.Count > 500, $"only {server.Logged.Count} entries: is Trace logging on?");
        Assert.Contains(server.Logged, e => e.Level == LogLevel.Trace);
        foreach (var entry in server.Logged)
        {
            foreach (var secret in secrets)
            {
                Assert.False(entry.AllText.Contains(secret, StringComparison.Ordinal), $"{entry.Level} {entry.Category} logged a secret: {entry.AllText}");
            }
        }
    }
}
