using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Acs.Core.Devices;
using Acs.Core.Tasks;
using Acs.Cwmp;
using Acs.Simulator.Fleet;
using Acs.Simulator.Http;

namespace Acs.Bench;

/// <summary>The scenarios that run against a server process: each returns its figures, CPU measured around it.</summary>
public static class Scenarios
{
    /// <summary>Two POSTs of Inform and InformResponse size to a route that does nothing else: the most a session can reach.</summary>
    public static async Task<ScenarioResult> CeilingAsync(ServerProcess server, BenchOptions options, CancellationToken ct)
    {
        var spec = new FleetSpec { AcsUrl = server.DeviceUrl, Count = 1 };
        var inform = new FleetMember(0, spec.KindOf(0), spec.SerialOf(0), true).Materialise(spec).CreateInform();
        var body = CwmpWriter.Write(new CwmpEnvelope(CwmpNamespaces.Cwmp12, new CwmpHeader { Id = "cpe-1" }, inform));
        var url = new Uri(server.DeviceUrl, "_bench/ceiling");
        using var http = new HttpClient(CwmpClient.CreateHandler(options.Concurrency));
        var stats = new FleetStats();
        var measurement = new Measurement(() => server.Usage);
        using var stop = new CancellationTokenSource(options.StormDuration);
        async Task Worker()
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < 2; i++)
                {
                    using var content = new ByteArrayContent(i == 0 ? body : []);
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=\"utf-8\"");
                    using var answer = await http.PostAsync(url, content, ct);
                    await answer.Content.ReadAsByteArrayAsync(ct);
                }

                stats.Record(true, false, Stopwatch.GetElapsedTime(started), null);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(Worker, ct)));
        return measurement.Complete(From("ceiling", 0, stats, null) with { Note = $"two POSTs, {body.Length} bytes up" });
    }

    /// <summary>Factory-fresh devices meeting the ACS for the first time, all at once.</summary>
    public static async Task<ScenarioResult> BootstrapAsync(ServerProcess server, VirtualFleet fleet, BenchOptions options, CancellationToken ct)
    {
        var measurement = new Measurement(() => server.Usage);
        var stats = await fleet.StormAsync(options.Concurrency, fleet.Members.Count, TimeSpan.FromMinutes(10), ct);
        return measurement.Complete(From("bootstrap storm", fleet.Members.Count, stats, null));
    }

    /// <summary>Registered devices informing back to back with nothing queued for them.</summary>
    public static async Task<ScenarioResult> PeriodicAsync(string name, ServerProcess server, VirtualFleet fleet, long registered,
        BenchOptions options, double? ceiling, CancellationToken ct)
    {
        var measurement = new Measurement(() => server.Usage);
        var stats = await fleet.StormAsync(options.Concurrency, long.MaxValue, options.StormDuration, ct);
        return measurement.Complete(From(name, registered, stats, ceiling));
    }

    /// <summary>A GetParameterValues and a SetParameterValues queued for each device, carried by its next session.</summary>
    public static async Task<ScenarioResult> WorkAsync(ServerProcess server, VirtualFleet fleet, TaskQueue queue, BenchOptions options,
        double? ceiling, CancellationToken ct)
    {
        var count = Math.Min(fleet.Members.Count, options.Quick ? 50 : 500);
        foreach (var member in fleet.Members.Take(count))
        {
            var deviceId = DeviceIdentity.From(member.DeviceId);
            const string root = "Device.";
            await Enqueue(queue, deviceId, TaskKind.GetParameterValues, new { parameterNames = new[] { root + "DeviceInfo." } }, ct);
            await Enqueue(queue, deviceId, TaskKind.SetParameterValues,
                new { parameterValues = new[] { new { name = root + "ManagementServer.PeriodicInformInterval", value = "3600", type = "xsd:unsignedInt" } } }, ct);
        }

        var measurement = new Measurement(() => server.Usage);
        var stats = await fleet.StormAsync(options.Concurrency, count, TimeSpan.FromMinutes(5), ct);
        return measurement.Complete(From("work sessions (GPV + SPV)", fleet.Members.Count, stats, ceiling));
    }

    public static ScenarioResult From(string name, long registered, FleetStats stats, double? ceiling) => new()
    {
        Name = name,
        RegisteredDevices = registered,
        Sessions = stats.Completed,
        Failed = stats.Failed,
        Seconds = Math.Round(stats.Elapsed.TotalSeconds, 2),
        PerSecond = Math.Round(stats.SessionsPerSecond, 1),
        P50Ms = Math.Round(stats.Percentile(0.50), 2),
        P95Ms = Math.Round(stats.Percentile(0.95), 2),
        P99Ms = Math.Round(stats.Percentile(0.99), 2),
        RatioToCeiling = ceiling is > 0 ? Math.Round(stats.SessionsPerSecond / ceiling.Value, 3) : null,
        Note = stats.LastError,
    };

    private static async Task Enqueue(TaskQueue queue, string deviceId, TaskKind kind, object arguments, CancellationToken ct)
    {
        var (_, error) = await queue.EnqueueAsync(new TaskQueue.QueueRequest(deviceId, kind, JsonSerializer.SerializeToElement(arguments)), ct);
        if (error is not null)
        {
            throw new InvalidOperationException($"queueing {kind} for {deviceId}: {error}");
        }
    }
}
