using System.Diagnostics;
using Acs.Core;
using Acs.Core.Tasks;
using Acs.Simulator.Fleet;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Bench;

/// <summary>Runs every scenario in order against fresh servers and collects the report.</summary>
public sealed class BenchRun(BenchOptions options, TextWriter log)
{
    public async Task<BenchReport> RunAsync(CancellationToken ct)
    {
        var root = Path.Combine(Path.GetTempPath(), "acs-bench", Guid.NewGuid().ToString("N"));
        var pinned = options.Pin && Environment.ProcessorCount > 1 && File.Exists("/usr/bin/taskset");
        if (pinned && OperatingSystem.IsLinux())
        {
            // The server gets the last core (taskset), the load generator the others.
            Process.GetCurrentProcess().ProcessorAffinity = (nint)((1L << (Environment.ProcessorCount - 1)) - 1);
        }

        var report = new BenchReport
        {
            Commit = BenchReport.GitCommit(),
            Cores = Environment.ProcessorCount,
            MemoryBytes = BenchReport.MachineMemory(),
            Placement = pinned ? "server pinned to one core, load generator to the rest (taskset)" : "server and load generator share all cores",
            Quick = options.Quick,
            StartedAt = DateTime.UtcNow,
            FleetBytesPerIdleDevice = IdleFleetMemory.BytesPerDevice(options.Quick ? 20_000 : 100_000),
        };
        try
        {
            await MainServerAsync(report, Path.Combine(root, "main"), ct);
            report.Scenarios.Add(await ConnectionRequestScenario.RunAsync(options, Path.Combine(root, "cr"), ct));
            Log(report.Scenarios[^1]);
            var ceiling = report.Scenarios[0].PerSecond;
            foreach (var size in options.ScaleSizes)
            {
                report.Scenarios.Add(await ScaleAsync(size, Path.Combine(root, $"scale-{size}"), ceiling, "Full", ct));
                Log(report.Scenarios[^1]);
            }

            // The same storm with commits that wait for the WAL but not for the disk: shows what the fsync per session costs.
            var normalSize = options.ScaleSizes[0];
            report.Scenarios.Add(await ScaleAsync(normalSize, Path.Combine(root, "scale-normal"), ceiling, "Normal", ct));
            Log(report.Scenarios[^1]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        return report;
    }

    private async Task MainServerAsync(BenchReport report, string dataDir, CancellationToken ct)
    {
        await using var server = await ServerProcess.StartAsync(dataDir, options.Pin, ct);
        var ceiling = await Scenarios.CeilingAsync(server, options, ct);
        report.Scenarios.Add(ceiling);
        Log(ceiling);

        using var fleet = new VirtualFleet(new FleetSpec { AcsUrl = server.DeviceUrl, Count = options.Devices }, options.Concurrency);
        report.Scenarios.Add(await Scenarios.BootstrapAsync(server, fleet, options, ct));
        Log(report.Scenarios[^1]);
        report.Scenarios.Add(await Scenarios.PeriodicAsync("periodic storm", server, fleet, options.Devices, options, ceiling.PerSecond, ct));
        Log(report.Scenarios[^1]);

        await using var services = new ServiceCollection().AddOptions().AddLogging().AddAcsCore(server.DatabasePath).BuildServiceProvider();
        report.Scenarios.Add(await Scenarios.WorkAsync(server, fleet, services.GetRequiredService<TaskQueue>(), options, ceiling.PerSecond, ct));
        Log(report.Scenarios[^1]);
    }

    private async Task<ScenarioResult> ScaleAsync(int size, string dataDir, double ceiling, string sync, CancellationToken ct)
    {
        var active = Math.Min(size, options.Devices);
        var spec = new FleetSpec { AcsUrl = new Uri("http://127.0.0.1/"), Count = active, SerialStride = Math.Max(size / active, 1), Registered = true };
        var seeding = Stopwatch.StartNew();
        Directory.CreateDirectory(dataDir);
        await DatabaseSeeder.SeedAsync(Path.Combine(dataDir, "acs.db"), spec, size, ct);
        log.WriteLine($"seeded {size} devices in {seeding.Elapsed.TotalSeconds:F1} s");
        await using var server = await ServerProcess.StartAsync(dataDir, options.Pin, ct, sync);
        using var fleet = new VirtualFleet(spec with { AcsUrl = server.DeviceUrl }, options.Concurrency);
        // A fresh server is still compiling its hot path; an unmeasured warm-up keeps sizes comparable with each other.
        await fleet.StormAsync(options.Concurrency, long.MaxValue, options.StormDuration / 5, ct);
        var result = await Scenarios.PeriodicAsync($"periodic storm, {size} registered{(sync == "Full" ? "" : ", synchronous=" + sync.ToUpperInvariant())}", server, fleet, size, options, ceiling, ct);
        var bytes = Directory.GetFiles(dataDir, "acs.db*").Sum(f => new FileInfo(f).Length);
        return result with { DatabaseBytesPerDevice = Math.Round((double)bytes / size, 0) };
    }

    private void Log(ScenarioResult s) =>
        log.WriteLine($"{s.Name}: {s.Sessions} sessions, {s.Failed} failed, {s.PerSecond:F0}/s, p50 {s.P50Ms:F1} ms, p99 {s.P99Ms:F1} ms, "
            + $"server {s.ServerCores:F2} cores, {s.ServerPeakRssBytes / (1024 * 1024)} MiB{(s.Note is null ? "" : " (" + s.Note + ")")}");
}
