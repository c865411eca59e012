using System.Text.Json;
using Acs.Bench;

namespace Acs.Bench.Tests;

public sealed class QuickBenchTests
{
    [Fact]
    public async Task Quick_benchmark_completes_and_writes_well_formed_figures_for_every_scenario()
    {
        var output = Path.Combine(Path.GetTempPath(), "acs-bench-tests", Guid.NewGuid().ToString("N"));
        var (options, error) = BenchOptions.Parse(["--quick", "--no-pin", "--out", output]);
        Assert.Null(error);

        var report = await new BenchRun(options!, TextWriter.Null).RunAsync(CancellationToken.None);
        await report.WriteAsync(output, CancellationToken.None);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "results.json")));
        var names = json.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(
            ["ceiling", "bootstrap storm", "periodic storm", "work sessions (GPV + SPV)", "connection request to result", "periodic storm, 1000 registered",
                "periodic storm, 1000 registered, synchronous=NORMAL"],
            names);
        foreach (var scenario in json.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            Assert.True(scenario.GetProperty("sessions").GetInt64() > 0, scenario.GetProperty("name").GetString());
            Assert.True(scenario.GetProperty("perSecond").GetDouble() > 0);
        }

        Assert.True(json.RootElement.GetProperty("fleetBytesPerIdleDevice").GetDouble() > 0);
        Assert.Contains("| ceiling |", await File.ReadAllTextAsync(Path.Combine(output, "results.md")), StringComparison.Ordinal);
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void Options_reject_an_unknown_argument()
    {
        var (options, error) = BenchOptions.Parse(["--fast"]);
        Assert.Null(options);
        Assert.Contains("--fast", error, StringComparison.Ordinal);
    }
}
