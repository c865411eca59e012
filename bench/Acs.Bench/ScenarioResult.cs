namespace Acs.Bench;

/// <summary>One measured scenario, as written to the JSON file and the Markdown table.</summary>
public sealed record ScenarioResult
{
    public required string Name { get; init; }
    public long RegisteredDevices { get; init; }
    public long Sessions { get; init; }
    public long Failed { get; init; }
    public double Seconds { get; init; }
    public double PerSecond { get; init; }
    public double P50Ms { get; init; }
    public double P95Ms { get; init; }
    public double P99Ms { get; init; }

    /// <summary>Sessions per second over the ceiling's two-request exchanges per second.</summary>
    public double? RatioToCeiling { get; init; }
    public double ServerCpuSeconds { get; init; }

    /// <summary>Server CPU over wall time: 1.0 is one core busy for the whole scenario.</summary>
    public double ServerCores { get; init; }
    public double LoadCpuSeconds { get; init; }
    public long ServerPeakRssBytes { get; init; }
    public double? DatabaseBytesPerDevice { get; init; }
    public string? Note { get; init; }
}
