using System.Diagnostics;

namespace Acs.Bench;

/// <summary>Server and load-generator CPU across one scenario, read before and after it.</summary>
public sealed class Measurement
{
    private readonly Func<ProcessUsage> server;
    private readonly ProcessUsage serverBefore;
    private readonly TimeSpan loadBefore;
    private readonly Stopwatch wall = Stopwatch.StartNew();

    public Measurement(Func<ProcessUsage> server)
    {
        this.server = server;
        serverBefore = server();
        loadBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    public ScenarioResult Complete(ScenarioResult result)
    {
        var after = server();
        var cpu = after.CpuSeconds - serverBefore.CpuSeconds;
        return result with
        {
            ServerCpuSeconds = Math.Round(cpu, 2),
            ServerCores = Math.Round(cpu / Math.Max(wall.Elapsed.TotalSeconds, 1e-9), 2),
            LoadCpuSeconds = Math.Round((Process.GetCurrentProcess().TotalProcessorTime - loadBefore).TotalSeconds, 2),
            ServerPeakRssBytes = after.PeakRssBytes,
        };
    }
}
