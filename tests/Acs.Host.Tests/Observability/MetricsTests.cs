using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Acs.Core.ConnectionRequests;
using Acs.Core.Observability;
using Acs.Core.Tasks;
using Acs.Host.Startup;
using Acs.Host.Tests.Infrastructure;
using Acs.Simulator.DataModel;
using Acs.Simulator.Device;
using Acs.Simulator.Http;
using Acs.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Host.Tests.Observability;

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task A_device_session_shows_in_the_acs_instruments_with_runtime_and_aspnetcore_metrics()
    {
        await using var server = await AcsTestServer.StartAsync();
        await using var listener = new ConnectionRequestListener();
        var behaviour = new DeviceBehaviour();
        behaviour.FaultOnMethod["SetParameterValues"] = 9007;
        var phone = Devices.Phone(server, behaviour: behaviour, settings: new DeviceSettings { ConnectionRequestUsername = "cr", ConnectionRequestPassword = "cr-pass" });
        listener.Register(phone);
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        var id = Devices.IdOf(phone);
        await server.Devices.ProvisionAsync(phone.DeviceId.OUI, phone.DeviceId.ProductClass, phone.DeviceId.SerialNumber,
            connectionRequestUsername: "cr", connectionRequestPassword: "cr-pass");
        await server.Tasks.QueueAsync(id, TaskKind.GetParameterValues, """{"parameterNames":["Device.DeviceInfo.SoftwareVersion"]}""");
        await server.Tasks.QueueAsync(id, TaskKind.SetParameterValues, """{"parameterValues":[{"name":"Device.DeviceInfo.ProvisioningCode","value":"x"}]}""");
        var asked = phone.WaitForSessionRequestAsync(CancellationToken.None);
        Assert.Equal(ConnectionRequestResult.Accepted, await server.Services.GetRequiredService<DeviceWaker>().WakeAsync(id));
        await asked;
        Assert.True((await phone.RunSessionAsync(server.DeviceUrl, CancellationToken.None)).Completed);
        Assert.Equal(200, Curl.Get(new Uri(server.DeviceUrl, "/8851-3PCC.xml"), null).Status);

        var scrape = await ScrapeAsync(server, AcsTestServer.AdminKey);

        Assert.Equal(2, scrape.Sum("acs_sessions_started_total"));
        Assert.Equal(2, scrape.Sum("acs_sessions_ended_total", "outcome=\"completed\""));
        Assert.Equal(0, scrape.Sum("acs_sessions_open"));
        Assert.Equal(1, scrape.Sum("acs_inform_events_total", "code=\"0 BOOTSTRAP\""));
        Assert.Equal(1, scrape.Sum("acs_inform_events_total", "code=\"6 CONNECTION REQUEST\""));
        Assert.Equal(1, scrape.Sum("acs_rpcs_sent_total", "method=\"GetParameterValues\""));
        Assert.Equal(1, scrape.Sum("acs_rpcs_sent_total", "method=\"SetParameterValues\""));
        Assert.Equal(1, scrape.Sum("acs_device_faults_total", "code=\"9007\""));
        Assert.Equal(2, scrape.Sum("acs_tasks_state_changes_total", "state=\"pending\""));
        Assert.Equal(2, scrape.Sum("acs_tasks_state_changes_total", "state=\"sent\""));
        Assert.Equal(1, scrape.Sum("acs_tasks_state_changes_total", "state=\"done\""));
        Assert.Equal(1, scrape.Sum("acs_tasks_state_changes_total", "state=\"faulted\""));
        Assert.Equal(1, scrape.Sum("acs_connection_requests_total", "outcome=\"accepted\""));
        Assert.Equal(1, scrape.Sum("acs_connection_request_duration_seconds_count"));
        Assert.Equal(1, scrape.Sum("acs_profile_fetches_total", "front=\"http\"", "outcome=\"served\""));
        Assert.True(scrape.Sum("acs_cwmp_request_body_size_bytes_count") >= 6);
        Assert.True(scrape.Sum("acs_db_commit_duration_seconds_count") >= 4);
        Assert.Equal(2, scrape.Sum("acs_session_duration_seconds_count"));
        Assert.True(scrape.Has("http_server_request_duration_seconds_bucket"), "ASP.NET Core hosting metrics");
        Assert.True(scrape.Has("kestrel_active_connections"), "Kestrel metrics");
        Assert.Contains(scrape.Names, n => n.StartsWith("dotnet_gc_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_need_an_api_key_unless_the_scraper_is_in_an_allowed_range()
    {
        await using var keyed = await AcsTestServer.StartAsync(new() { ["Acs:Metrics:AllowAnonymousFrom:0"] = "10.0.0.0/8" });
        await using var open = await AcsTestServer.StartAsync(new() { ["Acs:Metrics:AllowAnonymousFrom:0"] = "127.0.0.1/32" });
        using var anonymous = keyed.Api(key: null);
        using var wrongKey = keyed.Api("acs_not-a-key");
        using var openAnonymous = open.Api(key: null);

        using var refused = await anonymous.GetAsync("/metrics");
        using var refusedKey = await wrongKey.GetAsync("/metrics");
        using var allowed = await openAnonymous.GetAsync("/metrics");
        using var onDevicePlane = await new HttpClient().GetAsync(new Uri(keyed.DeviceUrl, "/metrics"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.StartsWith("text/plain", allowed.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, onDevicePlane.StatusCode);
        (await ScrapeAsync(keyed, AcsTestServer.AdminKey)).Text.Contains("# TYPE", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_allowed_range_refuses_to_start()
    {
        var refusal = await Assert.ThrowsAsync<StartupRefusedException>(() => AcsTestServer.StartAsync(new() { ["Acs:Metrics:AllowAnonymousFrom:0"] = "prometheus.example.com" }));

        Assert.StartsWith("Acs:Metrics:AllowAnonymousFrom:", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_grafana_dashboard_queries_only_metrics_that_exist()
    {
        await using var server = await AcsTestServer.StartAsync();
        using var dashboard = JsonDocument.Parse(RepositoryFiles.Read("config/grafana-dashboard.json"));
        var expressions = Expressions(dashboard.RootElement).ToList();
        var acsNames = PrometheusNamesOf(server.Services.GetRequiredService<AcsMetrics>().Meter);
        // Hosting and runtime metrics appear once there was a request, which the scrape itself is.
        _ = await ScrapeAsync(server, AcsTestServer.AdminKey);
        var scrape = await ScrapeAsync(server, AcsTestServer.AdminKey);

        var used = expressions.SelectMany(e => System.Text.RegularExpressions.Regex.Matches(e, "[a-z_]+_(?:total|seconds|bytes|bucket|count|sum|open|connections)\\b|dotnet_[a-z_]+")
            .Select(m => m.Value)).Distinct().ToList();

        Assert.True(expressions.Count >= 10, "the dashboard has a panel per area");
        Assert.NotEmpty(used);
        foreach (var name in used)
        {
            var base_ = System.Text.RegularExpressions.Regex.Replace(name, "_(bucket|count|sum)$", "");
            Assert.True(acsNames.Contains(base_) || scrape.Names.Any(n => n.StartsWith(base_, StringComparison.Ordinal)), $"the dashboard queries {name}, which Acs does not export");
        }
    }

    private static async Task<Scrape> ScrapeAsync(AcsTestServer server, string key)
    {
        using var api = server.Api(key);
        using var response = await api.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Scrape(await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> Expressions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "expr" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var inner in Expressions(property.Value))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Expressions))
            {
                yield return item;
            }
        }
    }

    // The names the Prometheus exporter gives the instruments of the meter, whether or not they were recorded yet.
    private static HashSet<string> PrometheusNamesOf(Meter meter)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    var name = instrument.Name.Replace('.', '_') + instrument.Unit switch
                    {
                        "s" => "_seconds",
                        "By" => "_bytes",
                        _ => "",
                    };
                    names.Add(instrument.GetType().Name.StartsWith("Counter", StringComparison.Ordinal) ? name + "_total" : name);
                }
            },
        };
        listener.Start();
        return names;
    }
}
