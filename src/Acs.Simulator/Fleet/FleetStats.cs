using System.Diagnostics;

namespace Acs.Simulator.Fleet;

/// <summary>Counts and session latencies of a fleet run; safe to add to from many sessions at once.</summary>
public sealed class FleetStats
{
    private readonly Lock gate = new();
    private readonly List<double> latenciesMs = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long completed;
    private long failed;
    private long refused;

    public long Completed => Interlocked.Read(ref completed);

    public long Failed => Interlocked.Read(ref failed);

    public long Refused => Interlocked.Read(ref refused);

    public TimeSpan Elapsed => clock.Elapsed;

    public string? LastError { get; private set; }

    public void Record(bool ok, bool wasRefused, TimeSpan latency, string? error)
    {
        if (ok)
        {
            Interlocked.Increment(ref completed);
            lock (gate)
            {
                latenciesMs.Add(latency.TotalMilliseconds);
            }

            return;
        }

        Interlocked.Increment(ref failed);
        if (wasRefused)
        {
            Interlocked.Increment(ref refused);
        }

        LastError = error;
    }

    /// <summary>The latency (ms) below which the given fraction of completed sessions fell.</summary>
    public double Percentile(double fraction)
    {
        lock (gate)
        {
            if (latenciesMs.Count == 0)
            {
                return 0;
            }

            var sorted = latenciesMs.ToArray();
            Array.Sort(sorted);
            return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }

    public double SessionsPerSecond => Completed / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public override string ToString() =>
        $"{Completed} sessions ({Failed} failed, {Refused} refused) in {Elapsed.TotalSeconds:F1} s: {SessionsPerSecond:F0}/s, "
        + $"p50 {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms";
}
