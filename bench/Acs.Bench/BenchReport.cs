using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Acs.Bench;

/// <summary>A whole run: the machine, the commit, and every scenario's figures; written as JSON and Markdown.</summary>
public sealed record BenchReport
{
    public required string Commit { get; init; }
    public required int Cores { get; init; }
    public required long MemoryBytes { get; init; }
    public required string Placement { get; init; }
    public required bool Quick { get; init; }
    public required DateTime StartedAt { get; init; }
    public double? FleetBytesPerIdleDevice { get; init; }
    public List<ScenarioResult> Scenarios { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true });
            var text = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? text : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    public static long MachineMemory()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    public async Task WriteAsync(string directory, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "results.json"), JsonSerializer.Serialize(this, Json), ct);
        await File.WriteAllTextAsync(Path.Combine(directory, "results.md"), ToMarkdown(), ct);
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Commit {Commit}, {Cores} cores, {MemoryBytes / (1024.0 * 1024 * 1024):F1} GiB, {Placement}{(Quick ? ", quick mode" : "")}.");
        if (FleetBytesPerIdleDevice is { } idle)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Simulator memory per idle virtual device: {idle:F0} bytes.");
        }

        md.AppendLine();
        md.AppendLine("| scenario | devices | sessions | failed | per s | p50 ms | p95 ms | p99 ms | of ceiling | server CPU s | server cores | load CPU s | server peak RSS MiB | DB bytes/device |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in Scenarios)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.Name} | {s.RegisteredDevices} | {s.Sessions} | {s.Failed} | {s.PerSecond:F0} | {s.P50Ms:F1} | {s.P95Ms:F1} | {s.P99Ms:F1} | "
                + $"{(s.RatioToCeiling is { } r ? r.ToString("P0", CultureInfo.InvariantCulture) : "")} | {s.ServerCpuSeconds:F1} | {s.ServerCores:F2} | "
                + $"{s.LoadCpuSeconds:F1} | {s.ServerPeakRssBytes / (1024.0 * 1024):F0} | {(s.DatabaseBytesPerDevice is { } d ? d.ToString("F0", CultureInfo.InvariantCulture) : "")} |");
        }

        return md.ToString();
    }
}
