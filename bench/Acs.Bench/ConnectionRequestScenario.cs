using System.Diagnostics;
using System.Text.Json;
using Acs.Core.ConnectionRequests;
using Acs.Core.Devices;
using Acs.Core.Tasks;
using Acs.Host;
using Acs.Host.Planes;
using Acs.Simulator;
using Acs.Simulator.Fleet;
using Acs.Simulator.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Acs.Bench;

/// <summary>
/// Queue a task, wake the device with a Connection Request, wait for the task's result. The queue and the
/// wake-up are services of the server process, and the REST call for them is not on this branch, so this
/// scenario runs the real server in-process (AcsHost.Create); its CPU is that of the whole bench process.
/// </summary>
public static class ConnectionRequestScenario
{
    public static async Task<ScenarioResult> RunAsync(BenchOptions options, string dataDir, CancellationToken ct)
    {
        var app = AcsHost.Create([
            $"--ACS_DATA_DIR={dataDir}",
            "--ACS_DEVICE_URL=http://127.0.0.1:0",
            "--ACS_OPERATOR_URL=http://127.0.0.1:0",
            "--ACS_BOOTSTRAP_API_KEY=acs_bench-admin-key",
            "--Acs:ConnectionRequest:Username=cr",
            "--Acs:ConnectionRequest:Password=cr-secret",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAcsAsync(ct);
        try
        {
            var deviceUrl = app.Services.GetRequiredService<PlaneListeners>().UriOf(Plane.Device);
            var spec = new FleetSpec
            {
                AcsUrl = deviceUrl,
                Count = options.Quick ? 3 : 20,
                SerialPrefix = "CRQ",
                ConnectionRequestUsername = "cr",
                ConnectionRequestPassword = "cr-secret",
            };
            await using var listener = new ConnectionRequestListener();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var devices = new List<Acs.Simulator.Device.VirtualDevice>();
            var runners = new List<Task>();
            foreach (var member in new VirtualFleet(spec).Members)
            {
                // Devices that answer connection requests stay materialised: the listener holds them by path.
                var device = member.Materialise(spec);
                listener.Register(device);
                devices.Add(device);
                runners.Add(new DeviceRunner(device).RunAsync(null, stop.Token));
            }

            var directory = app.Services.GetRequiredService<DeviceDirectory>();
            var queue = app.Services.GetRequiredService<TaskQueue>();
            var wake = app.Services.GetRequiredService<DeviceWaker>();
            foreach (var device in devices)
            {
                // The boot session registers the device and its connection request URL.
                while (await directory.GetAsync(DeviceIdentity.From(device.DeviceId), ct) is not { LastInform: not null })
                {
                    await Task.Delay(20, ct);
                }
            }

            var stats = new FleetStats();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < options.ConnectionRequests; i++)
            {
                var deviceId = DeviceIdentity.From(devices[i % devices.Count].DeviceId);
                var started = Stopwatch.GetTimestamp();
                var (task, _) = await queue.EnqueueAsync(new TaskQueue.QueueRequest(deviceId, TaskKind.GetParameterValues,
                    JsonSerializer.SerializeToElement(new { parameterNames = new[] { "Device.DeviceInfo.UpTime" } })), ct);
                var woken = await wake.WakeAsync(deviceId, ct);
                var done = await queue.WaitAsync(task!.Id, TimeSpan.FromSeconds(10), ct);
                stats.Record(done?.State == TaskState.Done, false, Stopwatch.GetElapsedTime(started), $"wake {woken}, task {done?.State}");
            }

            await stop.CancelAsync();
            await Task.WhenAll(runners).ContinueWith(_ => { }, TaskScheduler.Default);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            return Scenarios.From("connection request to result", devices.Count, stats, null) with
            {
                ServerCpuSeconds = Math.Round(cpu, 2),
                ServerCores = Math.Round(cpu / Math.Max(stats.Elapsed.TotalSeconds, 1e-9), 2),
                ServerPeakRssBytes = ProcessUsage.Of(Environment.ProcessId).PeakRssBytes,
                Note = "server in-process: CPU and memory are the whole bench process",
            };
        }
        finally
        {
            await app.StopAsync(ct);
            await app.DisposeAsync();
        }
    }
}
